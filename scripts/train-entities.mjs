#!/usr/bin/env node
// The recipe of models/entities.model: npm run train:entities -- DATA_FOLDER...
// Reads CoNLL++ (a folder holding data/conllpp_train.txt and data/conllpp_dev.txt, from
// ZihanWangKi/CrossWeigh) and GUM (a folder holding splits.md and dep/, from amir-zeldes/gum),
// trains on CoNLL++ train and GUM's train split (without its reddit documents and without the
// Wikinews documents of test/gold/gum-news), reports CoNLL++ dev and GUM dev, and writes the model.
// Deterministic: the same data gives the same file. Options: --out FILE, --epochs N, --seed N,
// --no-gum, --prune X, --folds N, --gum-weight N (GUM's documents read N times an epoch).
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(new URL('..', import.meta.url).pathname);
const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: join(root, 'models/entities.model') },
    epochs: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    prune: { type: 'string', default: '1' },
    folds: { type: 'string', default: '5' },
    'gum-weight': { type: 'string', default: '2' },
    'no-gum': { type: 'boolean', default: false },
  },
});
const say = (line) => process.stderr.write(`train:entities: ${line}\n`);
const { buildEntityModel } = await import('../dist/train/entities/recipe.js');
const folders = positionals.length ? positionals.map((p) => resolve(p)) : [join(root, '.data/CrossWeigh'), join(root, '.data/gum')];
const conll = folders.find((f) => existsSync(join(f, 'data/conllpp_train.txt')));
const gum = opts['no-gum'] ? undefined : folders.find((f) => existsSync(join(f, 'splits.md')) && statSync(join(f, 'dep')).isDirectory());
if (!conll) { say('expected a CrossWeigh folder with data/conllpp_train.txt among the data folders'); process.exit(2); }
await buildEntityModel({
  conll: join(conll, 'data'), gum, goldNews: join(root, 'test/gold/gum-news'), out: opts.out,
  epochs: Number(opts.epochs), seed: Number(opts.seed), prune: Number(opts.prune), folds: Number(opts.folds), gumWeight: Number(opts['gum-weight']), progress: say,
});
