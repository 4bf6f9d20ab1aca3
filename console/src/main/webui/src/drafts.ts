import { useCallback, useEffect, useMemo } from "react";
import type { FormInstance } from "antd";

/**
 * What a user typed, kept in sessionStorage (this tab only, gone when it closes): when the session
 * expires the console goes to Keycloak's login and comes back to the same page, where the form is
 * filled in again from its draft. Only form values go here, never a token.
 */
const PREFIX = "county-console.draft:";

export function saveDraft(key: string, values: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // storage full or disabled: a draft is a convenience, the form works without it
  }
}

export function loadDraft<T = Record<string, unknown>>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // nothing kept, nothing to clear
  }
}

/**
 * A form's draft: put back into the form once it is shown, saved on every change the user makes,
 * dropped once the service accepted the form. Pass `onValuesChange` to the Form and call `clear`
 * after a success; `restore` fills a form shown later (a dialog's) and tells whether there was a draft.
 */
export function useFormDraft(form: FormInstance, key: string, { restoreOnMount = true } = {}) {
  const restore = useCallback((): boolean => {
    const draft = loadDraft<Record<string, unknown>>(key);
    if (!draft || Object.keys(draft).length === 0) return false;
    form.setFieldsValue(draft);
    return true;
  }, [form, key]);
  useEffect(() => {
    if (restoreOnMount) restore();
  }, [restore, restoreOnMount]);
  const onValuesChange = useCallback((_: unknown, all: Record<string, unknown>) => saveDraft(key, withoutEmpty(all)), [key]);
  const clear = useCallback(() => clearDraft(key), [key]);
  return useMemo(() => ({ onValuesChange, clear, restore }), [onValuesChange, clear, restore]);
}

function withoutEmpty(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== ""));
}
