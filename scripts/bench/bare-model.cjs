// The baseline for cold start: node loading the wink model and reading one text, nothing else.
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const text = require('node:fs').readFileSync(process.argv[2], 'utf8');
process.stdout.write(`${winkNLP(model).readDoc(text).tokens().length()} tokens\n`);
