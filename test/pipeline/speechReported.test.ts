import { knownMisses, tableOf } from './speechRows.js';

const table = tableOf(['speaker', 'cue', 'kind', 'content']);

table('reported: X said (that) C', [
  ['Ann Veld said that the plan was ready.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the plan was ready' }]],
  ['Ann Veld said he would not resign.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'he would not resign' }]],
  ['Ann Veld said although it rained, nobody left early.', [
    { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'although it rained, nobody left early' },
  ]],
  ['Ann Veld warned that the plan would fail.', [{ speaker: 'Ann Veld', cue: 'warned', kind: 'indirect', content: 'the plan would fail' }]],
  ['Ann Veld noted that the plan was ready.', [{ speaker: 'Ann Veld', cue: 'noted', kind: 'indirect', content: 'the plan was ready' }]],
]);

table('reported: where the content ends', [
  ['Ann Veld asked how papers that are kept locked up ended up on the street.', [
    { speaker: 'Ann Veld', cue: 'asked', kind: 'indirect', content: 'how papers that are kept locked up ended up on the street' },
  ]],
  ['Ann Veld said the habit began when she was young and continued for years.', [
    { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the habit began when she was young and continued for years' },
  ]],
]);

table('reported: X told reporters C, X asked Y to ...', [
  ['Ann Veld told reporters the plan was ready.', [{ speaker: 'Ann Veld', cue: 'told', kind: 'indirect', content: 'the plan was ready' }]],
  ['Ann Veld asked the council to approve the plan.', [{ speaker: 'Ann Veld', cue: 'asked', kind: 'indirect', content: 'to approve the plan' }]],
]);

table('reported: C, X said / C, said X', [
  ['The plan was ready, Ann Veld said.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'The plan was ready' }]],
  ['The plan was ready, said Ann Veld.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'The plan was ready' }]],
  ['The plan was ready, Ann Veld said on Monday during a visit to the port.', [
    { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'The plan was ready' },
  ]],
]);

table('reported: X, a title, said C (apposition)', [
  ['Ann Veld, a spokeswoman for the agency, said the plan was ready.', [
    { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the plan was ready' },
  ]],
  ['Ann Veld, director of the museum, and chair of the city arts board, says the show will travel.', [
    { speaker: 'Ann Veld', cue: 'says', kind: 'indirect', content: 'the show will travel' },
  ]],
  ['The plan was ready, Ann Veld, the minister, said.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'The plan was ready' }]],
  ['“The show will travel,” Ann Veld, curator at the museum, Springfield, said.', [
    { speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'The show will travel,' },
  ]],
]);

table('reported: participle appositions, headlines and quotes followed by a new report', [
  ['The report, released on Tuesday, says emissions rose last year.', [
    { speaker: 'The report', cue: 'says', kind: 'indirect', content: 'emissions rose last year' },
  ]],
  ['Minister says economy will grow', [{ speaker: 'Minister', cue: 'says', kind: 'indirect', content: 'economy will grow' }]],
  ['Ann Veld said the vote was fair. “We will fight.” Tom Ray said the talks had stalled.', [
    { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the vote was fair' },
    { speaker: 'Ann Veld', cue: null, kind: 'direct', content: 'We will fight.' },
    { speaker: 'Tom Ray', cue: 'said', kind: 'indirect', content: 'the talks had stalled' },
  ]],
]);

table('reported: As X told Y, C', [
  ['As Ann Veld told the Daily Post, the bridge will reopen in May.', [
    { speaker: 'Ann Veld', cue: 'told', kind: 'indirect', content: 'the bridge will reopen in May' },
  ]],
]);


table('reported: two speakers in one sentence', [
  ['Ann Veld insisted the plan would work, while Tom Ray warned it would fail.', [
    { speaker: 'Ann Veld', cue: 'insisted', kind: 'indirect', content: 'the plan would work' },
    { speaker: 'Tom Ray', cue: 'warned', kind: 'indirect', content: 'it would fail' },
  ]],
  ['The ministry said fees would rise, with officials saying the rise would be small.', [
    { speaker: 'The ministry', cue: 'said', kind: 'indirect', content: 'fees would rise' },
    { speaker: 'officials', cue: 'saying', kind: 'indirect', content: 'the rise would be small' },
  ]],
  ['According to police, the man fled.', [{ speaker: 'police', cue: 'According to', kind: 'indirect', content: 'the man fled' }]],
]);

table('reported: according to X', [
  ['According to Ann Veld, the plan is ready.', [{ speaker: 'Ann Veld', cue: 'According to', kind: 'indirect', content: 'the plan is ready' }]],
  ['The plan is ready, according to Ann Veld.', [{ speaker: 'Ann Veld', cue: 'according to', kind: 'indirect', content: 'The plan is ready' }]],
  ['We learned that according to a report published on Monday, the bridge will close.', [
    { speaker: 'a report', cue: 'according to', kind: 'indirect', content: 'the bridge will close' },
  ]],
]);


table('reported: in the words of X', [
  ['In the words of Ann Veld, the bridge is a disgrace.', [
    { speaker: 'Ann Veld', cue: 'In the words of', kind: 'indirect', content: 'the bridge is a disgrace' },
  ]],
  ['The road flooded twice, and in the words of the harbour master, Tom Ray, "nobody was ready for the water."', [
    { speaker: 'Tom Ray', cue: 'in the words of', kind: 'direct', content: 'nobody was ready for the water.' },
  ]],
]);

table('reported: X said C, adding that D / X did A, emphasizing that C', [
  ['Ann Veld said the plan was ready, adding that talks would resume.', [
    { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the plan was ready' },
    { speaker: 'Ann Veld', cue: 'adding', kind: 'indirect', content: 'talks would resume' },
  ]],
  ['Ann Veld opened the meeting, emphasizing that the plan was ready.', [
    { speaker: 'Ann Veld', cue: 'emphasizing', kind: 'indirect', content: 'the plan was ready' },
  ]],
]);

table('reported: described X as Y', [
  ['Ann Veld described the plan as a mistake.', [{ speaker: 'Ann Veld', cue: 'described', kind: 'indirect', content: 'the plan as a mistake' }]],
]);

table('reported and mixed: verbs that judge, with "X as …" or a quotation', [
  ['Ann Veld dismissed the claim as “pure fiction”.', [{ speaker: 'Ann Veld', cue: 'dismissed', kind: 'mixed', content: 'the claim as “pure fiction”' }]],
  ['The minister rejected the report as “deeply flawed”.', [{ speaker: 'The minister', cue: 'rejected', kind: 'mixed', content: 'the report as “deeply flawed”' }]],
  ['Tom Ray welcomed the decision as a victory for the town.', [
    { speaker: 'Tom Ray', cue: 'welcomed', kind: 'indirect', content: 'the decision as a victory for the town' },
  ]],
  ['Critics have labelled the scheme “a tax on the poor”.', [{ speaker: 'Critics', cue: 'labelled', kind: 'mixed', content: 'the scheme “a tax on the poor”' }]],
  ['Ann Veld accused the board of “gross negligence”.', [{ speaker: 'Ann Veld', cue: 'accused', kind: 'mixed', content: 'the board of “gross negligence”' }]],
  ['Tom Ray called the ruling “a disgrace” and vowed to appeal.', [{ speaker: 'Tom Ray', cue: 'called', kind: 'mixed', content: 'the ruling “a disgrace”' }]],
  ['Ann Veld described the plan as bold and cheap.', [{ speaker: 'Ann Veld', cue: 'described', kind: 'indirect', content: 'the plan as bold and cheap' }]],
  ['Tom Ray welcomed the guests.', []],
  ['The mayor praised the volunteers for their work.', []],
]);

table('quoted names, and quotes a report itself quotes, do not make it mixed', [
  ['Ann Veld said the team named its robot “Big Blue Bear” after the mascot.', [
    { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the team named its robot “Big Blue Bear” after the mascot' },
  ]],
  ['Visitors reported that the page shows a message stating, “The site is closed for repairs.”', [
    { speaker: 'Visitors', cue: 'reported', kind: 'indirect', content: 'the page shows a message stating, “The site is closed for repairs.”' },
    { speaker: 'a message', cue: 'stating', kind: 'direct', content: 'The site is closed for repairs.' },
  ]],
]);

table('mixed: reported clause with quoted words', [
  ['Ann Veld said the plan was “a good start” for the region.', [
    { speaker: 'Ann Veld', cue: 'said', kind: 'mixed', content: 'the plan was “a good start” for the region' },
  ]],
]);

table('reported: a relative clause whose object or subject went before the speaker', [
  ['She was sent to the Blue Farm, which the club describes as a quiet retreat, but critics say is a labour camp.', [
    { speaker: 'the club', cue: 'describes', kind: 'indirect', content: 'as a quiet retreat' },
    { speaker: 'critics', cue: 'say', kind: 'indirect', content: 'is a labour camp' },
  ]],
  ['The case on which the court has ruled was old.', []],
  ['Recent reports have revealed that the port was closed.', [
    { speaker: 'Recent reports', cue: 'revealed', kind: 'indirect', content: 'the port was closed' },
  ]],
]);

table('reported: place, time or an adverb between the speaker and the clause, a relative apposition, "but said"', [
  ['The company said on Tuesday it would cut 200 jobs.', [{ speaker: 'The company', cue: 'said', kind: 'indirect', content: 'it would cut 200 jobs' }]],
  ['Ann Veld said in a statement the plan was ready.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the plan was ready' }]],
  ['The council, which met on Monday, said the road would reopen.', [
    { speaker: 'The council', cue: 'said', kind: 'indirect', content: 'the road would reopen' },
  ]],
  ['A spokesperson for the agency declined to comment, but said talks were ongoing.', [
    { speaker: 'A spokesperson for the agency', cue: 'said', kind: 'indirect', content: 'talks were ongoing' },
  ]],
  ['Ann Veld said it was “too early” to judge, but added that the signs were good.', [
    { speaker: 'Ann Veld', cue: 'said', kind: 'mixed', content: 'it was “too early” to judge' },
    { speaker: 'Ann Veld', cue: 'added', kind: 'indirect', content: 'the signs were good' },
  ]],
  ['The council has since said that the road will reopen.', [{ speaker: 'The council', cue: 'said', kind: 'indirect', content: 'the road will reopen' }]],
  ['The club, however, insists the fee is fair.', [{ speaker: 'The club', cue: 'insists', kind: 'indirect', content: 'the fee is fair' }]],
  ['The mayor spoke on Monday about the plan for the port.', []],
]);

table('reported: X was quoted as saying C', [
  ['Ann Veld was quoted as saying the deal was fair.', [{ speaker: 'Ann Veld', cue: 'saying', kind: 'indirect', content: 'the deal was fair' }]],
  ['The minister was widely quoted as saying that talks had failed.', [
    { speaker: 'The minister', cue: 'saying', kind: 'indirect', content: 'talks had failed' },
  ]],
]);


table('reported: a second cue joined by "and"', [
  ['The club claimed the fee was legal and claim it will stay.', [
    { speaker: 'The club', cue: 'claimed', kind: 'indirect', content: 'the fee was legal' },
    { speaker: 'The club', cue: 'claim', kind: 'indirect', content: 'it will stay' },
  ]],
]);

knownMisses(['speaker', 'cue', 'kind', 'content'])('known misses of the speech model (the rules had them)', [
  ['The rules, critics argue, are too broad.', [{ speaker: 'critics', cue: 'argue', kind: 'indirect', content: 'The rules, critics argue, are too broad' }]],
  ['The rules, said Ann Veld, are clear.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'The rules, said Ann Veld, are clear' }]],
  ['According to the Harbour Post, quoting the port authority, the ship sank at dawn.', [
    { speaker: 'Harbour Post', cue: 'According to', kind: 'indirect', content: 'the ship sank at dawn' },
    { speaker: 'the port authority', cue: 'quoting', kind: 'indirect', content: 'the ship sank at dawn' },
  ]],
]);
