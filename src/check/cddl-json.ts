/**
 * Checks a JSON value against a CDDL rule (RFC 8610, with the JSON reading of its types in
 * Appendix E), on the syntax tree the `cddl` package parses. It covers what data-format drafts
 * use: maps with keyed members, optional and repeated members and `* key-type => value`
 * wildcards, groups spliced into maps, arrays (homogeneous or positional), choices, literals,
 * ranges, the prelude's basic types and references between rules. What it does not model
 * (controls such as `.size`, sockets, generics) is accepted, never reported: a finding is
 * always a real mismatch.
 */

type TypeRef = string | { Type: string; Value?: unknown; Name?: string; Values?: Entry[]; Properties?: Entry[] };

export interface Entry {
  HasCut: boolean;
  Occurrence: { n: number; m: number | null };
  Name: string;
  Type: TypeRef | TypeRef[];
}

export interface Assignment {
  Type: 'variable' | 'group' | 'array' | string;
  Name: string;
  PropertyType?: TypeRef | TypeRef[];
  Properties?: Entry[];
  Values?: Entry[];
}

/** The prelude's types, as a JSON value can be one (RFC 8610 Appendix D and E). */
const PRELUDE: Record<string, (v: unknown) => boolean> = {
  any: () => true,
  tstr: (v) => typeof v === 'string', text: (v) => typeof v === 'string',
  // JSON has no byte strings: a document shows them as (base64 or hex) text.
  bstr: (v) => typeof v === 'string', bytes: (v) => typeof v === 'string',
  int: (v) => Number.isInteger(v), uint: (v) => Number.isInteger(v) && (v as number) >= 0, nint: (v) => Number.isInteger(v) && (v as number) < 0,
  number: (v) => typeof v === 'number', float: (v) => typeof v === 'number', float16: (v) => typeof v === 'number',
  float32: (v) => typeof v === 'number', float64: (v) => typeof v === 'number', 'float16-32': (v) => typeof v === 'number',
  'float32-64': (v) => typeof v === 'number', unsigned: (v) => Number.isInteger(v) && (v as number) >= 0,
  bool: (v) => typeof v === 'boolean', true: (v) => v === true, false: (v) => v === false,
  null: (v) => v === null, nil: (v) => v === null, undefined: () => false,
  tdate: (v) => typeof v === 'string', time: (v) => typeof v === 'number', uri: (v) => typeof v === 'string',
};

/** A mismatch: where in the value (a JSON pointer) and what was expected. */
export interface Mismatch {
  path: string;
  message: string;
}

export class CddlChecker {
  private readonly rules = new Map<string, Assignment>();

  constructor(assignments: Assignment[]) {
    for (const a of assignments) if (!this.rules.has(a.Name)) this.rules.set(a.Name, a);
  }

  has(rule: string): boolean {
    return this.rules.has(rule);
  }

  /** The first mismatch of `value` against `rule`, or undefined when it matches. */
  check(value: unknown, rule: string): Mismatch | undefined {
    return this.rule(value, rule, '', 0);
  }

  private rule(value: unknown, name: string, path: string, depth: number): Mismatch | undefined {
    if (depth > 64) return undefined; // a recursive rule deeper than any example: accept
    const a = this.rules.get(name);
    if (!a) return PRELUDE[name] ? (PRELUDE[name](value) ? undefined : { path, message: `expected ${name}, found ${kind(value)}` }) : undefined;
    if (a.Type === 'variable') return this.choice(value, a.PropertyType, path, depth + 1);
    if (a.Type === 'array') return this.array(value, a.Values ?? [], path, depth + 1);
    if (a.Type === 'group') return this.map(value, a.Properties ?? [], path, depth + 1);
    return undefined;
  }

  private choice(value: unknown, types: TypeRef | TypeRef[] | undefined, path: string, depth: number): Mismatch | undefined {
    const options = types === undefined ? [] : Array.isArray(types) ? types : [types];
    if (!options.length) return undefined;
    let first: Mismatch | undefined;
    for (const t of options) {
      const m = this.type(value, t, path, depth);
      if (!m) return undefined;
      first ??= m;
    }
    return options.length === 1 ? first : { path, message: `${JSON.stringify(value)} matches none of ${options.map(describe).join(' / ')}` };
  }

  private type(value: unknown, t: TypeRef, path: string, depth: number): Mismatch | undefined {
    if (typeof t === 'string') return this.rule(value, t, path, depth);
    switch (t.Type) {
      case 'group': return typeof t.Value === 'string' ? this.rule(value, t.Value, path, depth) : this.map(value, t.Properties ?? [], path, depth);
      case 'literal': return value === t.Value ? undefined : { path, message: `expected ${JSON.stringify(t.Value)}, found ${JSON.stringify(value)}` };
      case 'range': {
        const r = t.Value as { Inclusive: boolean; Min: { Value: unknown }; Max: { Value: unknown } };
        const min = r.Min?.Value;
        const max = r.Max?.Value;
        if (typeof value !== 'number' || typeof min !== 'number' || typeof max !== 'number') return typeof value === 'number' ? undefined : { path, message: `expected a number, found ${kind(value)}` };
        return value >= min && (r.Inclusive ? value <= max : value < max) ? undefined : { path, message: `${value} is outside ${min}${r.Inclusive ? '..' : '...'}${max}` };
      }
      case 'array': return this.array(value, t.Values ?? [], path, depth);
      case 'map': return this.map(value, t.Properties ?? t.Values ?? [], path, depth);
      default: return undefined;
    }
  }

  private array(value: unknown, entries: Entry[], path: string, depth: number): Mismatch | undefined {
    if (!Array.isArray(value)) return { path, message: `expected an array, found ${kind(value)}` };
    // One repeated entry (`[* tstr]`, `[+ item]`): every item; else positions, in order.
    if (entries.length === 1 && (entries[0].Occurrence.m === null || entries[0].Occurrence.m > 1)) {
      const e = entries[0];
      if (value.length < e.Occurrence.n) return { path, message: `expected at least ${e.Occurrence.n} item${e.Occurrence.n === 1 ? '' : 's'}, found ${value.length}` };
      for (let i = 0; i < value.length; i++) {
        const m = this.choice(value[i], e.Type, `${path}/${i}`, depth);
        if (m) return m;
      }
      return undefined;
    }
    if (entries.some((e) => e.Occurrence.m !== 1 || e.Occurrence.n !== 1)) return undefined; // optional positions: not modelled
    if (value.length !== entries.length) return { path, message: `expected ${entries.length} items, found ${value.length}` };
    for (let i = 0; i < entries.length; i++) {
      const m = this.choice(value[i], entries[i].Type, `${path}/${i}`, depth);
      if (m) return m;
    }
    return undefined;
  }

  private map(value: unknown, entries: Entry[], path: string, depth: number): Mismatch | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { path, message: `expected a map (JSON object), found ${kind(value)}` };
    const members = this.members(entries, depth);
    if (!members) return undefined; // a group the checker cannot follow
    const obj = value as Record<string, unknown>;
    const seen = new Set<string>();
    for (const e of members.keyed) {
      const key = e.Name;
      if (!(key in obj)) {
        if (e.Occurrence.n > 0) return { path, message: `missing the member "${key}"` };
        continue;
      }
      seen.add(key);
      const m = this.choice(obj[key], e.Type, `${path}/${escape(key)}`, depth);
      if (m) return m;
    }
    for (const key of Object.keys(obj)) {
      if (seen.has(key)) continue;
      const wildcard = members.wildcards.find((w) => PRELUDE[w.Name]?.(key) ?? true);
      if (!wildcard) return { path: `${path}/${escape(key)}`, message: `the member "${key}" is not in the rule` };
      const m = this.choice(obj[key], wildcard.Type, `${path}/${escape(key)}`, depth);
      if (m) return m;
    }
    return undefined;
  }

  /** A map's members, groups spliced in: keyed ones, and `* type => value` wildcards. */
  private members(entries: Entry[], depth: number): { keyed: Entry[]; wildcards: Entry[] } | undefined {
    const keyed: Entry[] = [];
    const wildcards: Entry[] = [];
    for (const e of entries) {
      if (e.Name === '') {
        const types = Array.isArray(e.Type) ? e.Type : [e.Type];
        const ref = types.length === 1 && typeof types[0] === 'object' && types[0].Type === 'group' && typeof types[0].Value === 'string' ? types[0].Value : undefined;
        const group = ref ? this.rules.get(ref) : undefined;
        if (!group || group.Type !== 'group' || depth > 64) return undefined;
        const inner = this.members(group.Properties ?? [], depth + 1);
        if (!inner) return undefined;
        // A spliced group that is optional makes its members optional.
        const optional = e.Occurrence.n === 0;
        keyed.push(...inner.keyed.map((k) => (optional ? { ...k, Occurrence: { n: 0, m: k.Occurrence.m } } : k)));
        wildcards.push(...inner.wildcards);
      } else if (!e.HasCut && (PRELUDE[e.Name] || this.rules.has(e.Name))) {
        wildcards.push(e);
      } else keyed.push(e);
    }
    return { keyed, wildcards };
  }
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'a map';
  return `${typeof v} ${JSON.stringify(v)}`;
}

function describe(t: TypeRef): string {
  if (typeof t === 'string') return t;
  if (t.Type === 'literal') return JSON.stringify(t.Value);
  if (t.Type === 'group' && typeof t.Value === 'string') return t.Value;
  return t.Type;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
