import { parseSigningKey, type SigningKey } from './signing-key.ts';

// The organisation's private key lives in this browser's local storage, as
// JWK: whoever can use this browser profile can sign reports. The backup
// (key-backup.ts) is how it moves to another browser.
const STORAGE_KEY = 'oversight:signing-key';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The key kept in this browser; null if there is none, or storage is refused. Never throws. */
export async function loadSigningKey(): Promise<SigningKey | null> {
  try {
    const text = storage()?.getItem(STORAGE_KEY);
    return text ? await parseSigningKey(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

/** Keeps the key; false if the browser refuses to store it. Never throws. */
export function saveSigningKey(key: SigningKey): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(STORAGE_KEY, JSON.stringify(key));
    return true;
  } catch {
    return false;
  }
}

export function removeSigningKey(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to remove where storage is refused.
  }
}
