// The two readDocs a stage is weighed against: wink-nlp as it ships (its default pipe) and the
// lean pipe our tokenize stage runs (sentences and parts of speech only).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WINK_PIPE } from '../../dist/pipeline/tokenize.js';

export const READ_DOCS = [
  { name: 'readDoc', label: 'wink-nlp readDoc (default pipe)', nlp: winkNLP(model) },
  { name: 'readDocLean', label: 'wink-nlp readDoc (lean pipe)', nlp: winkNLP(model, WINK_PIPE) },
];

export const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
