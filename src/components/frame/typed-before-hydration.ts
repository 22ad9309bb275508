/**
 * What the reader typed or chose in a calculator's server-rendered form before
 * its island hydrated. Hydration writes the scenario's values into the inputs,
 * which would throw that text away (or leave it mangled), so the frame reads it
 * first and applies it once the island runs. A control differs from what the
 * server rendered when its live value differs from its default (the markup's).
 */
import type { FormValues } from './form-values.ts';

export function typedBeforeHydration(idPrefix: string, fieldNames: readonly string[]): FormValues {
  const typed: FormValues = {};
  if (typeof document === 'undefined') return typed;
  for (const name of fieldNames) {
    const control = document.getElementById(`${idPrefix}-${name}`);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked !== control.defaultChecked) typed[name] = control.checked;
    } else if (control instanceof HTMLSelectElement) {
      const rendered = [...control.options].find((o) => o.defaultSelected) ?? control.options[0];
      if (rendered && control.value !== rendered.value) typed[name] = control.value;
    } else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
      if (control.value !== control.defaultValue) typed[name] = control.value;
    }
  }
  return typed;
}
