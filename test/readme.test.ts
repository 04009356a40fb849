// The README's configuration table must list every setting the code reads, with its default.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settings } from '../src/config.js';

const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(settings.map((setting) => [setting.env, setting.default ?? '–']))('documents %s with its default', (env, value) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${env}\` |`));

    expect(row).toBeDefined();
    expect(row!.split('|')[2].trim()).toEqual(value === '–' ? '–' : `\`${value}\``);
  });
});
