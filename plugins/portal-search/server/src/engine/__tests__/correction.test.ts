import { chooseCorrection, chooseRealWordCorrection, typoTrials, withTrial, type NearbyRow } from '../correction';
import { typoLimit, wordVariants } from '../query-text';

describe('typoTrials', () => {
  it('tries the nearest known words within the typo limit, a swap of letters counting as one edit', () => {
    // "quyet" is known; "dihn" is not, and NEARBY gave three words near it.
    const nearby: NearbyRow[] = [
      [1, true, null],
      [2, false, 'dien'],
      [2, false, 'dinh'],
      [2, false, 'din'],
      [2, false, 'dieu'],
    ];
    const trials = typoTrials(['quyet', 'dihn'], nearby);
    expect(trials.map((trial) => trial.word)).toEqual(['dien', 'dinh', 'din']);
    expect(trials[1]).toEqual({ index: 1, word: 'dinh', phrase: ['quyet', 'dinh'], context: ['quyet', 'dinh'] });
  });

  it('leaves a word with nothing near it, and known words, alone', () => {
    expect(
      typoTrials(
        ['quyet', 'xyzw'],
        [
          [1, true, null],
          [2, false, null],
        ],
      ),
    ).toEqual([]);
    expect(typoTrials(['dinh'], [[1, true, null]])).toEqual([]);
  });
});

describe('chooseCorrection', () => {
  const words = ['quyet', 'dihn'];
  const trials = typoTrials(words, [
    [1, true, null],
    [2, false, 'dien'],
    [2, false, 'dinh'],
  ]);

  it('takes the trial whose phrase stands most often, then the one finding most, the first among equals', () => {
    expect(
      chooseCorrection(words, trials, [
        { trial: 1, phrase: 0, found: 20 },
        { trial: 2, phrase: 12, found: 20 },
      ]),
    ).toEqual(['quyet', 'dinh']);
    expect(
      chooseCorrection(words, trials, [
        { trial: 1, phrase: 3, found: 5 },
        { trial: 2, phrase: 3, found: 9 },
      ]),
    ).toEqual(['quyet', 'dinh']);
    expect(
      chooseCorrection(words, trials, [
        { trial: 1, phrase: 3, found: 9 },
        { trial: 2, phrase: 3, found: 9 },
      ]),
    ).toEqual(['quyet', 'dien']);
  });

  it('changes nothing when no trial finds anything', () => {
    expect(
      chooseCorrection(words, trials, [
        { trial: 1, phrase: 0, found: 0 },
        { trial: 2, phrase: 0, found: 0 },
      ]),
    ).toBeNull();
  });

  it('puts a trial in the query', () => {
    expect(withTrial(words, trials[1] as (typeof trials)[number])).toEqual(['quyet', 'dinh']);
  });
});

describe('wordVariants', () => {
  it('deletes one letter from short words, up to two from words of five letters or more', () => {
    expect(wordVariants('dihn', typoLimit('dihn')).sort()).toEqual(['dhn', 'dih', 'dihn', 'din', 'ihn']);
    expect(wordVariants('dinh', 1)).toContain('din');
    // A swap of neighbours ("dihn"/"dinh") leaves a shared variant.
    expect(
      wordVariants('dinh', 1)
        .filter((variant) => wordVariants('dihn', 1).includes(variant))
        .sort(),
    ).toEqual(['dih', 'din']);
    // The word, six with one letter deleted, fifteen with two.
    expect(wordVariants('truyen', 2)).toHaveLength(1 + 6 + 15);
    expect(wordVariants('aab', 1).sort()).toEqual(['aa', 'aab', 'ab']);
  });
});

describe('a typo that is itself a word', () => {
  // Every word known; near 'chin' the commune has 'chinh' and 'chi', near 'hanh' 'canh'.
  const words = ['thu', 'tuc', 'hanh', 'chin'];
  const nearby: NearbyRow[] = [
    [1, true, 'thu'],
    [1, true, 'thue'],
    [2, true, 'tuc'],
    [3, true, 'hanh'],
    [3, true, 'canh'],
    [4, true, 'chi'],
    [4, true, 'chin'],
    [4, true, 'chinh'],
  ];

  it('tries the known words one typo away from every word, never the word itself', () => {
    const trials = typoTrials(words, nearby, true);
    // Each word as typed first (its phrase sets the bar), then its candidates, the longest shared beginning first.
    expect(trials.map((trial) => `${trial.index}:${trial.word}${trial.asTyped ? ' as typed' : ''}`)).toEqual([
      '0:thu as typed',
      '0:thue',
      '2:hanh as typed',
      '2:canh',
      '3:chin as typed',
      '3:chinh',
      '3:chi',
    ]);
    expect(trials[5]).toEqual({ index: 3, word: 'chinh', phrase: ['hanh', 'chinh'], context: ['thu', 'tuc', 'hanh', 'chinh'] });
    // Without realWords, known words are left alone (the unknown-word correction).
    expect(typoTrials(words, nearby)).toEqual([]);
  });

  it('corrects only where the phrase stands in the commune’s text and finds far more than the words as typed', () => {
    const trials = typoTrials(words, nearby, true);
    const counts = [
      { trial: 1, phrase: 3, found: 0 },
      { trial: 2, phrase: 0, found: 20 },
      { trial: 3, phrase: 3, found: 0 },
      { trial: 4, phrase: 0, found: 3 },
      { trial: 5, phrase: 0, found: 0 },
      { trial: 6, phrase: 3, found: 11 },
      { trial: 7, phrase: 1, found: 2 },
    ];
    expect(chooseRealWordCorrection(words, trials, counts, 0)).toEqual(['thu', 'tuc', 'hanh', 'chinh']);
    // 'hanh chin' standing in the commune's text as often: the word was meant as typed.
    expect(
      chooseRealWordCorrection(
        words,
        trials,
        counts.map((count) => (count.trial === 5 ? { ...count, phrase: 3 } : count)),
        0,
      ),
    ).toBeNull();
    // The words as typed find 4: 11 is not far more.
    expect(chooseRealWordCorrection(words, trials, counts, 4)).toBeNull();
    // No phrase anywhere: nothing says the word was meant otherwise.
    expect(
      chooseRealWordCorrection(
        words,
        trials,
        counts.map((count) => ({ ...count, phrase: 0 })),
        0,
      ),
    ).toBeNull();
  });
});
