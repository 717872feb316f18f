import { tableOf } from './speechRows.js';

const table = tableOf(['speaker', 'type', 'mention', 'cue', 'content']);

table('speakers: pronouns go to the nearest fitting person before them', [
  ['Ann Veld opened the session. The plan is ready, she said.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'she', cue: 'said', content: 'The plan is ready' },
  ]],
  ['Tom Ray spoke first. Ann Veld spoke next. She said the plan was ready.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'She', cue: 'said', content: 'the plan was ready' },
  ]],
  ['Ann Veld said the girl was sick. Tom Ray treated the girl himself. Ray’s sister pleaded with him to call a doctor, but he replied "I am not able to do that."', [
    { speaker: 'Ann Veld', type: 'person', mention: 'Ann Veld', cue: 'said', content: 'the girl was sick' },
    { speaker: 'Ray’s sister', type: 'anonymous', mention: 'Ray’s sister', cue: 'pleaded', content: 'to call a doctor' },
    { speaker: 'Tom Ray', type: 'person', mention: 'he', cue: 'replied', content: 'I am not able to do that.' },
  ]],
  ['“The hall was full,” Ann Veld said. For Tom Ray, a teacher at the school, the night was a success. He said, “We will do it again next year.”', [
    { speaker: 'Ann Veld', type: 'person', mention: 'Ann Veld', cue: 'said', content: 'The hall was full,' },
    { speaker: 'Tom Ray', type: 'person', mention: 'He', cue: 'said', content: 'We will do it again next year.' },
  ]],
  ['Ann Veld met Tom Ray on Monday, and she said the talks went well.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'she', cue: 'said', content: 'the talks went well' },
  ]],
]);

table('speakers: joint speakers, and two titles of one person', [
  ['Ann Veld and Tom Ray said the plan was ready.', [
    { speaker: 'Ann Veld and Tom Ray', type: 'group', mention: 'Ann Veld and Tom Ray', cue: 'said', content: 'the plan was ready' },
  ]],
  ['The plan is ready, State Councillor and Foreign Minister Ann Veld said.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'Ann Veld', cue: 'said', content: 'The plan is ready' },
  ]],
  // After "of", "and" is inside the name of the paper, not between two speakers.
  ['Writing in a column, Ann Veld of The Harbour and Bay Times dubbed the dispute "a war of words".', [
    { speaker: 'Ann Veld', type: 'person', mention: 'Ann Veld', cue: 'dubbed', content: 'the dispute "a war of words"' },
  ]],
  ['The Ministry of Health and the Ministry of Trade said the rules would change.', [
    { speaker: 'Ministry of Health and Ministry of Trade', type: 'group', mention: 'The Ministry of Health and the Ministry of Trade', cue: 'said', content: 'the rules would change' },
  ]],
]);

table('speakers: a surname or a title points back to the person', [
  ['Ann Veld arrived on Monday. Veld said talks would resume.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'Veld', cue: 'said', content: 'talks would resume' },
  ]],
  ['Foreign Minister Ann Veld met her counterpart on Monday. The minister said talks would resume.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'The minister', cue: 'said', content: 'talks would resume' },
  ]],
]);

table('speakers: they, acronyms and organization nouns', [
  ['Ann Veld spoke first. The board said fees would rise. They also said the port would stay open.', [
    { speaker: 'The board', type: 'organization', mention: 'The board', cue: 'said', content: 'fees would rise' },
    { speaker: 'The board', type: 'organization', mention: 'They', cue: 'said', content: 'the port would stay open' },
  ]],
  ['The Coastal Fisheries Agency met on Monday. It said fees would rise.', [
    { speaker: 'Coastal Fisheries Agency', type: 'organization', mention: 'It', cue: 'said', content: 'fees would rise' },
  ]],
  ['The Coastal Fisheries Agency (CFA) met on Monday. The CFA said fees would rise.', [
    { speaker: 'Coastal Fisheries Agency', type: 'organization', mention: 'CFA', cue: 'said', content: 'fees would rise' },
  ]],
  ['The Harbour Post said fees would rise.', [
    { speaker: 'Harbour Post', type: 'organization', mention: 'Harbour Post', cue: 'said', content: 'fees would rise' },
  ]],
  ['The Chilean government said fees would rise.', [
    { speaker: 'The Chilean government', type: 'organization', mention: 'The Chilean government', cue: 'said', content: 'fees would rise' },
  ]],
]);

table('speakers: organizations, groups and anonymous sources keep their words', [
  ['The ministry said talks would resume.', [
    { speaker: 'The ministry', type: 'organization', mention: 'The ministry', cue: 'said', content: 'talks would resume' },
  ]],
  ['The two sides agreed that talks would resume.', [
    { speaker: 'The two sides', type: 'group', mention: 'The two sides', cue: 'agreed', content: 'talks would resume' },
  ]],
  ['Officials said talks would resume.', [
    { speaker: 'Officials', type: 'anonymous', mention: 'Officials', cue: 'said', content: 'talks would resume' },
  ]],
  ['A source familiar with the talks said a deal was close.', [
    { speaker: 'A source familiar with the talks', type: 'anonymous', mention: 'A source familiar with the talks', cue: 'said', content: 'a deal was close' },
  ]],
]);

table('speakers: anonymous sources named again, and reduced relative clauses', [
  ['The study’s authors say fish stocks are low. The authors say quotas help.', [
    { speaker: 'The study’s authors', type: 'anonymous', mention: 'The study’s authors', cue: 'say', content: 'fish stocks are low' },
    { speaker: 'The study’s authors', type: 'anonymous', mention: 'The authors', cue: 'say', content: 'quotas help' },
  ]],
  ['A new study tracking fish stocks in the bay revealed that catches are falling.', [
    { speaker: 'A new study tracking fish stocks in the bay', type: 'anonymous', mention: 'A new study tracking fish stocks in the bay', cue: 'revealed', content: 'catches are falling' },
  ]],
  ['A leaked letter seen by the Daily Post says fees will rise.', [
    { speaker: 'A leaked letter', type: 'anonymous', mention: 'A leaked letter', cue: 'says', content: 'fees will rise' },
  ]],
]);

table('speakers: "the report", "the city" and a bare head word point back to the body named before', [
  ['The National Fish Survey was published on Monday. The report says the catches are falling.', [
    { speaker: 'National Fish Survey', type: 'organization', mention: 'The report', cue: 'says', content: 'the catches are falling' },
  ]],
  ['The bill was sent by the Municipality of Harbourton in May. The city argued that the school owed the tax.', [
    { speaker: 'Municipality of Harbourton', type: 'organization', mention: 'The city', cue: 'argued', content: 'the school owed the tax' },
  ]],
  ['Ann Veld left the Church of Harbour Light in May. The Church says she was a volunteer.', [
    { speaker: 'Church of Harbour Light', type: 'organization', mention: 'Church', cue: 'says', content: 'she was a volunteer' },
  ]],
  ['The report says the catches are falling.', [
    { speaker: 'The report', type: 'anonymous', mention: 'The report', cue: 'says', content: 'the catches are falling' },
  ]],
]);

table('speakers: a description the text gives a named person in apposition is that person', [
  ['Ann Veld, a Dutch diver and former teacher, arrived on Monday. The Dutch diver said the water was cold.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'The Dutch diver', cue: 'said', content: 'the water was cold' },
  ]],
  ['Dutch diver claims harbour was unsafe\n\nAnn Veld, a Dutch diver, spoke to the press on Monday.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'Dutch diver', cue: 'claims', content: 'harbour was unsafe' },
  ]],
  ['Ann Veld, 45, runs the farm. Tom Ray, 61, lives next door. The 45-year-old said the fence was new.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'The 45-year-old', cue: 'said', content: 'the fence was new' },
  ]],
  ['Ann Veld, 45, runs the farm. A 30-year-old said the gate was open.', [
    { speaker: 'A 30-year-old', type: 'anonymous', mention: 'A 30-year-old', cue: 'said', content: 'the gate was open' },
  ]],
  ['Ann Veld, a Dutch diver, arrived on Monday. A diver said the port was closed.', [
    { speaker: 'A diver', type: 'anonymous', mention: 'A diver', cue: 'said', content: 'the port was closed' },
  ]],
]);
