import { tableOf } from './speechRows.js';

const table = tableOf(['speaker', 'type', 'mention', 'cue', 'content']);

table('speaker phrases: a description keeps its determiner and post-modifiers', [
  ['The "Notes" page of the forum explains that the ban was lifted.', [
    { speaker: 'The "Notes" page of the forum', type: 'anonymous', mention: 'The "Notes" page of the forum', cue: 'explains', content: 'the ban was lifted' },
  ]],
  ['Studies in peer-reviewed medical journals including Harbour Medicine have described the cure as useless.', [
    { speaker: 'Studies in peer-reviewed medical journals including Harbour Medicine', type: 'anonymous', mention: 'Studies', cue: 'described', content: 'the cure as useless' },
  ]],
  ['Jones of the Harbour Agency said the port was closed.', [
    { speaker: 'Jones', type: 'person', mention: 'Jones', cue: 'said', content: 'the port was closed' },
  ]],
  ['Comments on the notice board for the fishing club Blue Harbour from Tuesday claimed that the lake was closed.', [
    { speaker: 'Comments on the notice board for the fishing club Blue Harbour from Tuesday', type: 'anonymous', mention: 'Comments', cue: 'claimed', content: 'the lake was closed' },
  ]],
  ['According to an online posting made on Monday, the bridge will close.', [
    { speaker: 'an online posting', type: 'anonymous', mention: 'an online posting', cue: 'According to', content: 'the bridge will close' },
  ]],
  ['Other papers such as Harbour Weekly have reported that the mayor will resign.', [
    { speaker: 'Other papers such as Harbour Weekly', type: 'anonymous', mention: 'Other papers such as Harbour Weekly', cue: 'reported', content: 'the mayor will resign' },
  ]],
]);

table('speaker phrases: a name after a title word, a hyphened particle, a website', [
  ['Harbour Rowing Club president Ann Veld said the race would go ahead.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'Ann Veld', cue: 'said', content: 'the race would go ahead' },
  ]],
  ['Port Agency director General Omar al-Veld said the port would reopen.', [
    { speaker: 'Omar al-Veld', type: 'person', mention: 'Omar al-Veld', cue: 'said', content: 'the port would reopen' },
  ]],
  ['The security firm Harbourscan.com has said that the flaw was fixed.', [
    { speaker: 'Harbourscan.com', type: 'organization', mention: 'Harbourscan.com', cue: 'said', content: 'the flaw was fixed' },
  ]],
]);

table('speaker phrases: an apposition may be a prepositional phrase', [
  ['Senior researcher Ann Veld, of the Harbour Institute, said "the water is clean."', [
    { speaker: 'Ann Veld', type: 'person', mention: 'Ann Veld', cue: 'said', content: 'the water is clean.' },
  ]],
  ['Tom Ray, in remarks to the Daily Post, said the talks had failed.', [
    { speaker: 'Tom Ray', type: 'person', mention: 'Tom Ray', cue: 'said', content: 'the talks had failed' },
  ]],
]);

table('speaker phrases: a document speaks for the name that owns it', [
  ['The Harbour Agency met on Monday. A statement from the Harbour Agency said fees would rise.', [
    { speaker: 'Harbour Agency', type: 'organization', mention: 'A statement from the Harbour Agency', cue: 'said', content: 'fees would rise' },
  ]],
  ['According to a letter by Ann Veld, the port is safe.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'a letter by Ann Veld', cue: 'According to', content: 'the port is safe' },
  ]],
  ['Harbour Weekly\'s latest analysis of its own sales figures concluded, "Print is not dead yet."', [
    { speaker: 'Harbour Weekly', type: 'organization', mention: "Harbour Weekly's latest analysis of its own sales figures", cue: 'concluded', content: 'Print is not dead yet.' },
  ]],
]);

table('speaker phrases: a participle after a quotation goes on from the attribution before it', [
  ['The Harbour Agency notes, "Storms cost more than all other damage combined", stressing the need for dikes.', [
    { speaker: 'Harbour Agency', type: 'organization', mention: 'Harbour Agency', cue: 'notes', content: 'Storms cost more than all other damage combined' },
  ]],
]);

table('speaker phrases: after the cue, a description keeps its post-modifiers', [
  ['“We will appeal,” said a spokesman for the company.', [
    { speaker: 'a spokesman for the company', type: 'anonymous', mention: 'a spokesman for the company', cue: 'said', content: 'We will appeal,' },
  ]],
  ['“It works,” said the post by an unknown author on the forum.', [
    { speaker: 'the post by an unknown author on the forum', type: 'anonymous', mention: 'the post by an unknown author on the forum', cue: 'said', content: 'It works,' },
  ]],
  ['According to Ann Veld of the agency, the fee is fair.', [
    { speaker: 'Ann Veld', type: 'person', mention: 'Ann Veld', cue: 'According to', content: 'the fee is fair' },
  ]],
]);

table('speaker phrases: a bracketed short form after a description names the speaker', [
  ['The UN fishing agency (HFA) said the catch had fallen.', [
    { speaker: 'HFA', type: 'organization', mention: 'HFA', cue: 'said', content: 'the catch had fallen' },
  ]],
  ['The Harbour Fishing Agency (HFA) said the catch had fallen.', [
    { speaker: 'Harbour Fishing Agency', type: 'organization', mention: 'Harbour Fishing Agency', cue: 'said', content: 'the catch had fallen' },
  ]],
]);

table('speaker phrases: a word after "the" is no pronoun', [
  ['“We won the cup,” said the it girl of the season.', [
    { speaker: 'the it girl of the season', type: 'anonymous', mention: 'the it girl of the season', cue: 'said', content: 'We won the cup,' },
  ]],
  ['The ministry said fees would rise, with the it girl of the season saying the rise was small.', [
    { speaker: 'The ministry', type: 'organization', mention: 'The ministry', cue: 'said', content: 'fees would rise' },
    { speaker: 'the it girl of the season', type: 'anonymous', mention: 'the it girl of the season', cue: 'saying', content: 'the rise was small' },
  ]],
]);

