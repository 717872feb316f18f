/** 0: every input processed; 1: some could not be (the others were); 2: nothing could be processed. */
export function exitCode(articles: number, problems: number): 0 | 1 | 2 {
  if (problems === 0) return 0;
  return articles > 0 ? 1 : 2;
}
