/** What a user reads about the package says the same everywhere: version, licence, repository. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { name: string; version: string; license: string; repository: { url: string }; homepage: string; keywords: string[] };
const citation = read('CITATION.cff');
const field = (name: string) => new RegExp(`^${name}: "?([^"\\n]+)"?$`, 'm').exec(citation)?.[1];

it('CITATION.cff cites this version, under this licence, at this repository', () => {
  expect(field('cff-version')).toBe('1.2.0');
  expect(field('version')).toBe(pkg.version);
  expect(field('license')).toBe(pkg.license);
  expect(pkg.repository.url).toBe(`git+${field('repository-code')}.git`);
  expect(pkg.homepage.startsWith(field('repository-code')!)).toBe(true);
  expect(citation).toMatch(/^authors:\n {2}- name: "[^"]+"$/m);
});

it('CHANGELOG.md opens with this version', () => {
  expect(/^## (\S+)/m.exec(read('CHANGELOG.md'))?.[1]).toBe(pkg.version);
});

it('LICENSE is the MIT licence package.json names', () => {
  expect(pkg.license).toBe('MIT');
  expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  expect(read('LICENSE')).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
});

it('the README gives the install line for this package name', () => {
  expect(read('README.md')).toContain(`npm install -g ${pkg.name}`);
  expect(read('README.md')).toContain(`npx -p ${pkg.name} statements extract`);
});
