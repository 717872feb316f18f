/**
 * The TypeScript type that a JSON Schema written `as const` describes, for the keywords our
 * schemas use: type (one or a list), const, enum, anyOf, properties with required,
 * additionalProperties, items, and `$ref: '#/$defs/NAME'` looked up in `D`. Keywords that only
 * narrow a value (minimum, pattern, minItems) or describe it are not types and are skipped.
 * An object without `additionalProperties` is read as closed, so a field the schema lacks shows.
 */
export type FromSchema<S, D = S extends { $defs: infer Defs } ? Defs : {}> =
  S extends { $ref: `#/$defs/${infer Name}` } ? (Name extends keyof D ? FromSchema<D[Name], D> : { unresolvedRef: Name })
  : S extends { const: infer C } ? C
  : S extends { enum: readonly (infer E)[] } ? E
  : S extends { anyOf: readonly (infer A)[] } ? FromSchema<A, D>
  : S extends { type: infer T } ? OfType<T extends readonly (infer One)[] ? One : T, S, D>
  : unknown;

type OfType<T, S, D> =
  T extends 'string' ? string
  : T extends 'integer' | 'number' ? number
  : T extends 'boolean' ? boolean
  : T extends 'null' ? null
  : T extends 'array' ? (S extends { items: infer I } ? FromSchema<I, D>[] : unknown[])
  : T extends 'object' ? Flat<Properties<S, D> & Additional<S, D>>
  : { unknownType: T };

type Properties<S, D> = S extends { properties: infer P }
  ? Flat<
      { -readonly [K in keyof P as K extends RequiredOf<S> ? K : never]: FromSchema<P[K], D> } &
      { -readonly [K in keyof P as K extends RequiredOf<S> ? never : K]?: FromSchema<P[K], D> }
    >
  : {};

type RequiredOf<S> = S extends { required: readonly (infer R)[] } ? R : never;

type Additional<S, D> = S extends { additionalProperties: infer A }
  ? A extends false ? {} : A extends true ? { [field: string]: unknown } : { [field: string]: FromSchema<A, D> }
  : {};

type Flat<T> = { [K in keyof T]: T[K] };

/** The same type with every intersection and interface written out as one object, all the way down. */
export type Normal<T> = T extends readonly (infer U)[] ? Normal<U>[] : T extends object ? { [K in keyof T]: Normal<T[K]> } : T;

/** True only when A and B are the same type (not merely assignable one way). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** A compile error unless the schema's type and the TypeScript type are the same, field by field. */
export type Same<Schema, Type> = Equal<Normal<Schema>, Normal<Type>>;

export type Expect<T extends true> = T;
