/**
 * Names the input an engine issue points at the way the form labels it. The
 * engine and the CLI identify fields by path ("disks[1].capacityGiB"), which
 * is right for JSON and wrong for a reader: the form says "Disk 2: capacity".
 */
import type { Schema } from '../../engine/schema.ts';

const PATH = /^([^.[]+)(?:\[(\d+)\])?(?:\.(.+))?$/;

/** "Capacity" → "capacity", but "VM name" and "IOPS" keep their capitals. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
}

export function fieldName(schema: Schema, path: string): string {
  const match = PATH.exec(path);
  const field = match && Object.hasOwn(schema, match[1] ?? '') ? schema[match[1] ?? ''] : undefined;
  if (!match || !field) return path;
  const [, , index, key] = match;
  if (field.kind === 'list' && index !== undefined) {
    const row = field.itemLabel ? `${field.itemLabel} ${Number(index) + 1}` : `${field.label}, row ${Number(index) + 1}`;
    if (key === undefined) return row;
    const sub = Object.hasOwn(field.item, key) ? field.item[key] : undefined;
    return `${row}: ${sub ? inSentence(sub.label) : key}`;
  }
  if (key !== undefined) return `${field.label}: "${key}"`;
  return field.label;
}
