import { chooseByPairs, chooseCorrection, realWordCorrection, typoTrials, withTrial, type NearbyRow } from '../correction';
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
    // Without the pairs' counts (NEARBY's rows before migration 0016's), nothing to judge them by.
    expect(trials[1]).toEqual({ index: 1, word: 'dinh', phrase: ['quyet', 'dinh'], context: ['quyet', 'dinh'], heads: null });
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

describe('chooseByPairs', () => {
  it('takes, for each unknown word, the near word whose phrase with its known neighbours stands most often', () => {
    // 'quyet dinh' in 40 titles or summaries, 'dinh nhan' in 3; 'quyet dien' in 2, 'dien nhan' in 5:
    // the rarer pair counts. 'nhan dan' in 7.
    const words = ['quyet', 'dihn', 'nhan', 'xan'];
    const trials = typoTrials(words, [
      [1, true, null, null, null],
      [2, false, 'dien', 2, 5],
      [2, false, 'dinh', 40, 3],
      [3, true, null, null, null],
      [4, false, 'ban', 1, null],
      [4, false, 'dan', 7, null],
    ]);
    expect(trials.map((trial) => `${trial.word}:${String(trial.heads)}`)).toEqual(['dinh:3', 'dien:2', 'dan:7', 'ban:1']);
    expect(chooseByPairs(words, trials)).toEqual(['quyet', 'dinh', 'nhan', 'dan']);
  });

  it('keeps, of many equally near words, those whose phrase stands in a title or summary', () => {
    // Seven near words one typo from 'sin' come before 'sinh' alphabetically; 'khai sinh' stands twice.
    const rows: NearbyRow[] = [
      [1, true, null, null, null],
      ...['gin', 'in', 'lin', 'pin', 'san', 'si', 'sinh', 'six', 'son', 'tin'].map(
        (word): NearbyRow => [2, false, word, word === 'sinh' ? 2 : 0, null],
      ),
    ];
    const trials = typoTrials(['khai', 'sin'], rows);
    expect(trials).toHaveLength(6);
    expect(trials[0]?.word).toBe('sinh');
    expect(chooseByPairs(['khai', 'sin'], trials)).toEqual(['khai', 'sinh']);
  });

  it('leaves the choice to counting when a word has no known neighbour, or none of its phrases stands in a title', () => {
    // Alone: nothing to pair with. 'xyz' beside it is unknown: not a neighbour either.
    expect(chooseByPairs(['dihn'], typoTrials(['dihn'], [[1, false, 'dinh', null, null]]))).toBeNull();
    expect(
      chooseByPairs(
        ['xyzq', 'dihn'],
        typoTrials(
          ['xyzq', 'dihn'],
          [
            [1, false, null, null, null],
            [2, false, 'dinh', 0, null],
          ],
        ),
      ),
    ).toBeNull();
    const words = ['quyet', 'dihn'];
    expect(
      chooseByPairs(
        words,
        typoTrials(words, [
          [1, true, null, null, null],
          [2, false, 'dien', 0, null],
          [2, false, 'dinh', 0, null],
        ]),
      ),
    ).toBeNull();
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
  // Every word known. Near 'chin' the commune has 'chinh', 'chi' and 'cin'; near 'hanh', 'canh'.
  // Each row: how many titles or summaries hold the near word after the previous word and before
  // the next one ('hanh chinh' in 40, 'hanh chin' in none).
  const words = ['thu', 'tuc', 'hanh', 'chin'];
  const nearby: NearbyRow[] = [
    [1, true, 'thu', null, 9],
    [1, true, 'thue', null, 0],
    [2, true, 'tuc', 9, 8],
    [3, true, 'hanh', 8, 0],
    [3, true, 'canh', 0, 0],
    [4, true, 'chi', 2, null],
    [4, true, 'chin', 0, null],
    [4, true, 'chinh', 40, null],
    [4, true, 'cin', 0, null],
  ];
  const withRow = (word: string, position: number, before: number | null, after: number | null): NearbyRow[] =>
    nearby.map((row) => (row[0] === position && row[2] === word ? [position, true, word, before, after] : row));

  it('takes the near word whose phrase with its neighbours stands most often in the titles and summaries', () => {
    expect(realWordCorrection(words, nearby)).toEqual(['thu', 'tuc', 'hanh', 'chinh']);
    // Both neighbours must agree: a phrase stands as often as the rarer of its two pairs. 'hanh
    // chinh' stands in 40, 'chinh xa' in none; 'hanh chi' in 2 and 'chi xa' in 1.
    expect(
      realWordCorrection(
        ['hanh', 'chin', 'xa'],
        [
          [1, true, 'hanh', null, 0],
          [2, true, 'chin', 0, 0],
          [2, true, 'chinh', 40, 0],
          [2, true, 'chi', 2, 1],
          [3, true, 'xa', 0, null],
        ],
      ),
    ).toEqual(['hanh', 'chi', 'xa']);
  });

  it('leaves a word whose own phrase stands there as typed', () => {
    expect(realWordCorrection(words, withRow('chin', 4, 1, null))).toBeNull();
    expect(
      realWordCorrection(
        ['lich', 'tiep'],
        [
          [1, true, 'lich', null, 3],
          [1, true, 'dich', null, 30],
          [2, true, 'tiep', 3, null],
        ],
      ),
    ).toBeNull();
  });

  it('changes nothing where no near word’s phrase stands, or where the counts were not looked up', () => {
    expect(
      realWordCorrection(
        words,
        withRow('chinh', 4, 0, null).map((row) => (row[2] === 'chi' ? [4, true, 'chi', 0, null] : row)),
      ),
    ).toBeNull();
    // NEARBY (unknown words only) brings no counts.
    expect(
      realWordCorrection(
        words,
        nearby.map(([position, known, word]) => [position, known, word, null, null]),
      ),
    ).toBeNull();
  });

  it('prefers, among equals, the near word sharing the longest beginning with the word typed, never one two typos away', () => {
    // 'cin' (a typo at the second letter) and 'chi' both stand twice: 'chi' shares 'ch'.
    const even = withRow('chinh', 4, 0, null).map((row) => (row[2] === 'cin' ? [4, true, 'cin', 2, null] : row)) as NearbyRow[];
    expect(realWordCorrection(words, even)).toEqual(['thu', 'tuc', 'hanh', 'chi']);
    // 'chinhs' is two typos from 'chin': never tried, however often it stands.
    expect(realWordCorrection(words, [...even, [4, true, 'chinhs', 99, null]])).toEqual(['thu', 'tuc', 'hanh', 'chi']);
  });

  it('leaves known words to this rule: the unknown-word trials skip them', () => {
    expect(typoTrials(words, nearby)).toEqual([]);
  });
});
