import { describe, expect, it } from 'vitest';
import { parseDate, readMetadata } from '../../src/pipeline/metadata.js';

describe('parseDate', () => {
  it.each([
    ['April 13, 2023', '2023-04-13'],
    ['Friday, August 21, 2015', '2015-08-21'],
    ['3 Sept. 2019', '2019-09-03'],
    ['Tuesday 3 March 2020', '2020-03-03'],
    ['2021-12-01', '2021-12-01'],
    ['April 2023', undefined],
    ['Febtober 3, 2020', undefined],
    ['April 31x, 2020', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('readMetadata', () => {
  it.each([
    [
      'a "From PUBLISHER, DATE." header and a dateline with a non-breaking space before the dash',
      'From Daily Example Press, March 2, 2022. Complete text:\n\nPorto, Portugal\u00a0– The mayor said it.\n',
      { publisher: 'Daily Example Press', date: '2022-03-02', dateline: 'Porto, Portugal' },
    ],
    [
      'a headline, a date line and a dateline with the agency in brackets',
      'Storm closes ports along the coast\n\nMonday, January 9, 2023\n\nHALIFAX (Example Wire) - Ports closed on Monday.\n',
      { title: 'Storm closes ports along the coast', date: '2023-01-09', dateline: 'HALIFAX' },
    ],
    [
      'a headline that ends in a quotation mark',
      "Council votes for 'new deal'\n\nThe council voted on Monday.\n",
      { title: "Council votes for 'new deal'" },
    ],
    [
      'nothing when the article starts with a sentence',
      'The council voted on Monday. It was close.\n\nMore later.\n',
      {},
    ],
    [
      'no headline when the text is a single line',
      'Short note without end\n',
      {},
    ],
    [
      'CRLF line ends',
      'From Example Times, 5 May 2020.\r\n\r\nLagos, Nigeria - Rain fell.\r\n',
      { publisher: 'Example Times', date: '2020-05-05', dateline: 'Lagos, Nigeria' },
    ],
  ])('%s', (_, text, expected) => {
    expect(readMetadata(text)).toEqual(expected);
  });
});
