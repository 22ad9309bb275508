/**
 * Field schemas: the single description of a model's inputs.
 *
 * Validation, the CLI's flags and --help, the URL state of an island and the
 * island's form are all derived from a model's schema, so a field is never
 * listed twice. Every field carries its unit (also part of its name, e.g.
 * `memoryGiB`), its default, its range, a label and help text.
 */

export interface FieldBase {
  /** Short label for a form control. */
  label: string;
  /** One or two sentences: what the field means and where to find its value. */
  help: string;
  /** May be omitted (then the model decides what absence means). */
  optional?: boolean;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  /** Unit as shown to people, e.g. 'GiB', 'Gbps', 'MB/s', '%'. Empty for counts. */
  unit: string;
  default?: number;
  min?: number;
  max?: number;
  /** min is exclusive (a size that must be > 0). */
  minExclusive?: boolean;
  integer?: boolean;
}

export interface BooleanField extends FieldBase {
  kind: 'boolean';
  default?: boolean;
}

export interface EnumOption {
  value: string;
  label: string;
}

export interface EnumField extends FieldBase {
  kind: 'enum';
  options: readonly EnumOption[];
  default?: string;
}

/** Several values picked from a fixed list (e.g. platform ids). */
export interface MultiField extends FieldBase {
  kind: 'multi';
  options: readonly EnumOption[];
  default?: readonly string[];
  minItems?: number;
}

export interface StringField extends FieldBase {
  kind: 'string';
  default?: string;
  maxLength: number;
  /** Rendered as a textarea (e.g. an OVF descriptor). */
  multiline?: boolean;
  /** Regular expression the whole value must match, with a message. */
  pattern?: { regex: RegExp; message: string };
  /**
   * The value is a file's bytes in base64 (a workbook, say), not text: on the
   * CLI `@path` reads the file's bytes and encodes them, and `maxLength`
   * (characters of base64) allows a file of maxLength × 3 / 4 bytes.
   */
  binary?: boolean;
}

/** The largest file whose base64 fits in a binary field of maxLength characters. */
export const binaryLimitBytes = (maxLength: number): number => Math.floor(maxLength / 4) * 3;

/**
 * A column header another tool writes for an item field (PowerShell's
 * MemoryAssigned, say), and the factor from that column's unit to the field's.
 */
export interface ImportColumn {
  header: string;
  /** Multiplies the column's values into the field's unit (1 / 2^30 for bytes to GiB). */
  scale?: number;
  /** The column's unit as the import message names it ("bytes"). */
  unit?: string;
  /**
   * A 0 in this column means the row is not one to import, and why (Get-VM's
   * MemoryAssigned is 0 for a VM that is off): the row is skipped and named,
   * not refused as a bad value.
   */
  zeroSkips?: string;
}

/** A list of records (VMs in a host drain, peers in an IPsec budget). */
export interface ListField extends FieldBase {
  kind: 'list';
  /** What one entry is called ("Disk", "VM"), so a message can say "Disk 2: capacity". */
  itemLabel?: string;
  item: Record<string, ScalarField>;
  /** Headers a pasted table may use for an item field besides its name and label (table-import.ts). */
  importColumns?: Partial<Record<string, readonly ImportColumn[]>>;
  /** The rows in a few words ("29 VMs, 983 GiB"): the import preview and the folded list editor show it. */
  summarize?: (rows: readonly Record<string, unknown>[]) => string;
  /** One row in a few words ("SQL-PRD-01 128 GiB"), for the import preview. */
  describeItem?: (row: Record<string, unknown>) => string;
  /** Item fields a reader may set for every row at once (a dirty rate no paste carries). */
  bulkFields?: readonly string[];
  default?: readonly Record<string, unknown>[];
  minItems?: number;
  maxItems: number;
}

/**
 * A free-form JSON object whose keys are not known in advance (e.g. a map of
 * requirements). `check` returns a message per bad key; the model owns its
 * meaning.
 */
export interface RecordField extends FieldBase {
  kind: 'record';
  default?: Record<string, unknown>;
  maxKeys: number;
  check: (value: Record<string, unknown>) => { key: string; message: string }[];
}

export type ScalarField = NumberField | BooleanField | EnumField | StringField;
export type Field = ScalarField | MultiField | ListField | RecordField;
export type Schema = Record<string, Field>;

/**
 * The value each kind holds once validated. Indexed by kind, so a kind added
 * to `Field` without an entry here is a compile error. An enum narrows its
 * value to its options' values, a list to its items' values.
 */
interface ValueByKind {
  number: number;
  boolean: boolean;
  enum: string;
  string: string;
  multi: string[];
  list: Record<string, unknown>[];
  record: Record<string, unknown>;
}

type ScalarValue<F extends ScalarField> = F extends EnumField ? F['options'][number]['value'] : ValueByKind[F['kind']];

type ItemValue<I extends Record<string, ScalarField>> = {
  [K in keyof I]: I[K] extends { optional: true } ? ScalarValue<I[K]> | undefined : ScalarValue<I[K]>;
};

export type FieldValue<F extends Field> = F extends ScalarField ? ScalarValue<F> : F extends ListField ? ItemValue<F['item']>[] : ValueByKind[F['kind']];

type OptionalKey<S extends Schema> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];

/** The validated input a model's compute function receives; an optional field may be absent. */
export type InputOf<S extends Schema> = {
  [K in keyof S as K extends OptionalKey<S> ? never : K]: FieldValue<S[K]>;
} & {
  [K in keyof S as K extends OptionalKey<S> ? K : never]?: FieldValue<S[K]> | undefined;
};

/**
 * What an article (or a link) may give a model: any of its fields, list rows
 * with any of theirs; validation fills in the defaults. A calculator's
 * `initial` prop has this type.
 */
export type InitialOf<S extends Schema> = {
  [K in keyof S]?: S[K] extends ListField ? Partial<ItemValue<S[K]['item']>>[] : FieldValue<S[K]>;
};

/** A problem with one input field: the contract shared by the engine, CLI and UI. */
export interface Issue {
  field: string;
  message: string;
}

/** Helper so a schema literal keeps its literal types (enum values) while being checked. */
export function defineSchema<const S extends Schema>(schema: S): S {
  return schema;
}

/**
 * The `default` of every switch over field kinds (and the controls they map
 * to). Its parameter is `never`, so a kind added to `Field` without a case in
 * that switch is a compile error at the switch ("… is not assignable to
 * parameter of type 'never'").
 */
export function unhandledKind(value: never): never {
  throw new Error(`no case for kind ${JSON.stringify((value as { kind?: unknown }).kind)}`);
}
