/**
 * The one place that touches the browser's storage. Browsers can refuse it
 * (private modes, blocked site data, a full quota) and the Storage API
 * reports that by throwing; this module turns every such case into a value
 * and keeps the app working in memory for the rest of the tab's life.
 */

export type StorageFailureReason = 'unavailable' | 'full' | 'unreadable';

export interface StorageFailure {
  reason: StorageFailureReason;
  message: string;
}

/** `ok: false` means the value is kept in this tab's memory only; it is lost when the tab closes. */
export type WriteResult = { ok: true } | ({ ok: false } & StorageFailure);

/** What a key holds (null: nothing), or why the browser would not say. */
export type ReadResult = { ok: true; value: string | null } | ({ ok: false } & StorageFailure);

/** `memory-only` while anything written in this tab is not in the browser's storage. */
export type StorageStatus = 'persistent' | 'memory-only';

export interface StorageArea {
  get(key: string): string | null;
  /** As `get`, but a read the browser refuses is told apart from a key that holds nothing. */
  read(key: string): ReadResult;
  set(key: string, value: string): WriteResult;
  remove(key: string): WriteResult;
  /** Every key starting with `prefix`, sorted. */
  keys(prefix: string): string[];
  status(): StorageStatus;
  lastFailure(): StorageFailure | null;
}

const MESSAGES: Record<StorageFailureReason, string> = {
  unavailable:
    'This browser is not letting Oversight save (private browsing or blocked site data, perhaps). ' +
    'Your work is kept only until you close this tab: export your answers to keep them.',
  full:
    "This browser's storage for Oversight is full. Your latest changes are kept only until you close this tab: " +
    'export your answers to keep them, or delete assessments you no longer need.',
  // A refused read says nothing about space: telling the person to delete
  // assessments would be wrong advice, and could cost them their work.
  unreadable:
    'This browser would not let Oversight read its saved data just now (blocked site data, or a damaged browser profile, perhaps). ' +
    'Nothing was changed or deleted: reload the page to try again.',
};

// Browsers name the quota error differently: 22 is the standard code,
// 1014 and NS_ERROR_DOM_QUOTA_REACHED are Firefox's.
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function failure(reason: StorageFailureReason): StorageFailure {
  return { reason, message: MESSAGES[reason] };
}

function isStorage(value: unknown): value is Storage {
  return typeof value === 'object' && value !== null && typeof (value as Storage).getItem === 'function';
}

// Merely reading `localStorage` throws a SecurityError when site data is
// blocked, and it does not exist at all outside a browser.
function defaultBackend(): Storage | null {
  try {
    const candidate: unknown = globalThis.localStorage;
    return isStorage(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

function backendKeys(backend: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < backend.length; index += 1) {
    const key = backend.key(index);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/**
 * Wraps `backend` (the browser's localStorage by default; `null` for none).
 * Never throws: a refused write is kept in memory and reported in the result,
 * in `status()` and in `lastFailure()`.
 */
export function createStorageArea(backend?: Storage | null): StorageArea {
  const store = backend === undefined ? defaultBackend() : backend;
  // Writes the browser refused, newer than what it holds. `null` marks a
  // removal it refused, so the old value does not come back on the next read.
  const memory = new Map<string, string | null>();
  let last: StorageFailure | null = store ? null : failure('unavailable');

  function record(reason: StorageFailureReason): WriteResult {
    last = failure(reason);
    return { ok: false, ...last };
  }

  function attempt(action: (backend: Storage) => void, key: string, fallback: string | null): WriteResult {
    if (!store) {
      memory.set(key, fallback);
      return record('unavailable');
    }
    try {
      action(store);
      memory.delete(key);
      return { ok: true };
    } catch (error) {
      memory.set(key, fallback);
      return record(isQuotaError(error) ? 'full' : 'unavailable');
    }
  }

  function readBackend<T>(read: (backend: Storage) => T, otherwise: T): T {
    if (!store) return otherwise;
    try {
      return read(store);
    } catch {
      last = failure('unreadable');
      return otherwise;
    }
  }

  function readKey(key: string): ReadResult {
    if (memory.has(key)) return { ok: true, value: memory.get(key) ?? null };
    if (!store) return { ok: true, value: null };
    try {
      return { ok: true, value: store.getItem(key) };
    } catch {
      last = failure('unreadable');
      return { ok: false, ...last };
    }
  }

  return {
    get(key) {
      const result = readKey(key);
      return result.ok ? result.value : null;
    },
    read: readKey,
    set(key, value) {
      return attempt((backend) => backend.setItem(key, value), key, value);
    },
    remove(key) {
      return attempt((backend) => backend.removeItem(key), key, null);
    },
    keys(prefix) {
      const all = new Set(readBackend(backendKeys, []));
      for (const [key, value] of memory) {
        if (value === null) all.delete(key);
        else all.add(key);
      }
      return [...all].filter((key) => key.startsWith(prefix)).sort();
    },
    status() {
      return store && memory.size === 0 ? 'persistent' : 'memory-only';
    },
    lastFailure() {
      return last;
    },
  };
}
