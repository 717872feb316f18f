/**
 * The trained models a run uses: the ones shipped in the package's `models/` folder, each replaced
 * by a file given with `--model` whose header names the same kind ("entities", "speech"). Read once
 * per thread, on first use, so that commands which analyse nothing never pay for them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readModelFile, type ModelContents } from './modelFile.js';

/** Where the shipped models are: `models/` at the root of the package. */
export const SHIPPED_MODELS = fileURLToPath(new URL('../../models/', import.meta.url));
export const MODEL_EXTENSION = '.model';

export interface ModelSet {
  /** The model of this kind, or undefined when there is none (the stage then runs on its rules alone). */
  get(kind: string): ModelContents | undefined;
  /** Path of each kind's model, for `--debug` and the model's own report. */
  readonly paths: ReadonlyMap<string, string>;
}

const loaded = new Map<string, ModelSet>();

/** The shipped models overridden by `paths`, loaded once per distinct list of paths in this thread. */
export function modelSet(paths: readonly string[] = []): ModelSet {
  const id = paths.join('\0');
  let set = loaded.get(id);
  if (!set) {
    set = loadModelSet(paths);
    loaded.set(id, set);
  }
  return set;
}

function loadModelSet(paths: readonly string[]): ModelSet {
  const chosen = new Map<string, string>();
  const contents = new Map<string, ModelContents>();
  const shipped = existsSync(SHIPPED_MODELS) ? readdirSync(SHIPPED_MODELS).filter((f) => f.endsWith(MODEL_EXTENSION)).sort() : [];
  for (const file of shipped) chosen.set(file.slice(0, -MODEL_EXTENSION.length), SHIPPED_MODELS + file);
  const given = new Map<string, ModelContents>();
  for (const path of paths) {
    const model = readModelFile(path);
    chosen.set(model.header.kind, path);
    given.set(path, model);
  }
  return {
    paths: chosen,
    get(kind) {
      const path = chosen.get(kind);
      if (!path) return undefined;
      let model = contents.get(kind);
      if (!model) {
        model = given.get(path) ?? readModelFile(path);
        if (model.header.kind !== kind) throw new Error(`statements: ${path}: expected a model of kind "${kind}", found "${model.header.kind}"`);
        contents.set(kind, model);
      }
      return model;
    },
  };
}
