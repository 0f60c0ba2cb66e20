import { afterEach, describe, expect, it } from 'vitest';
import { createStorageArea } from './storage-area.ts';
import { FakeStorage } from './fake-storage.test-support.ts';

describe('createStorageArea with a working backend', () => {
  it('reads, writes, lists by prefix and removes', () => {
    const backend = new FakeStorage({ 'other:x': '1' });
    const area = createStorageArea(backend);
    expect(area.set('app:b', 'B')).toEqual({ ok: true });
    expect(area.set('app:a', 'A')).toEqual({ ok: true });
    expect(area.get('app:a')).toBe('A');
    expect(backend.getItem('app:a')).toBe('A');
    expect(area.keys('app:')).toEqual(['app:a', 'app:b']);
    expect(area.remove('app:a')).toEqual({ ok: true });
    expect(area.get('app:a')).toBeNull();
    expect(area.keys('app:')).toEqual(['app:b']);
    expect(area.status()).toBe('persistent');
    expect(area.lastFailure()).toBeNull();
  });
});

describe('createStorageArea when the quota is exceeded', () => {
  it('keeps the write in memory and says why', () => {
    const backend = new FakeStorage();
    backend.quota = 20;
    const area = createStorageArea(backend);
    expect(area.set('k1', 'small')).toEqual({ ok: true });

    const result = area.set('k2', 'x'.repeat(100));
    expect(result).toMatchObject({ ok: false, reason: 'full' });
    expect(result.ok === false && result.message).toMatch(/storage for Oversight is full/);
    expect(area.get('k2')).toBe('x'.repeat(100));
    expect(backend.getItem('k2')).toBeNull();
    expect(area.keys('k')).toEqual(['k1', 'k2']);
    expect(area.status()).toBe('memory-only');
    expect(area.lastFailure()?.reason).toBe('full');
  });

  it('recognises the quota error by its legacy codes too', () => {
    const backend = new FakeStorage();
    backend.setItem = () => {
      throw Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 });
    };
    expect(createStorageArea(backend).set('k', 'v')).toMatchObject({ ok: false, reason: 'full' });
  });

  it('becomes persistent again once the browser accepts the write', () => {
    const backend = new FakeStorage();
    backend.quota = 10;
    const area = createStorageArea(backend);
    area.set('key', 'too long for the quota');
    expect(area.status()).toBe('memory-only');
    backend.quota = Number.POSITIVE_INFINITY;
    expect(area.set('key', 'fits now')).toEqual({ ok: true });
    expect(area.status()).toBe('persistent');
    expect(backend.getItem('key')).toBe('fits now');
  });

  it('does not bring back a value whose removal the browser refused', () => {
    const backend = new FakeStorage({ key: 'old' });
    const area = createStorageArea(backend);
    backend.failWith = new DOMException('denied', 'SecurityError');
    expect(area.remove('key')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(area.get('key')).toBeNull();
    backend.failWith = null;
    expect(area.keys('')).toEqual([]);
  });
});

describe('createStorageArea without a usable backend', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('works in memory when reading localStorage itself throws', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const area = createStorageArea();
    expect(area.status()).toBe('memory-only');
    expect(area.lastFailure()?.reason).toBe('unavailable');

    const result = area.set('k', 'v');
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(area.get('k')).toBe('v');
    expect(area.keys('')).toEqual(['k']);
    area.remove('k');
    expect(area.get('k')).toBeNull();
    expect(area.keys('')).toEqual([]);
  });

  it('uses localStorage when it is reachable', () => {
    const backend = new FakeStorage();
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: backend });
    const area = createStorageArea();
    expect(area.set('k', 'v')).toEqual({ ok: true });
    expect(backend.getItem('k')).toBe('v');
  });

  it('works in memory when given no backend', () => {
    const area = createStorageArea(null);
    expect(area.set('k', 'v')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(area.get('k')).toBe('v');
    expect(area.status()).toBe('memory-only');
  });

  it('never throws when every call to the backend throws', () => {
    const backend = new FakeStorage();
    backend.failWith = new DOMException('denied', 'SecurityError');
    const area = createStorageArea(backend);
    expect(area.get('k')).toBeNull();
    expect(area.keys('')).toEqual([]);
    expect(area.set('k', 'v')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(area.get('k')).toBe('v');
    expect(area.remove('k')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(area.get('k')).toBeNull();
  });
});
