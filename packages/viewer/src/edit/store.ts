/**
 * The browser side of keeping edits and handing out files: `localStorage`
 * (which a browser may not offer to a file:// page, or may be full: the page
 * then says so and the reviewer saves the corrected report instead), and
 * downloads through a Blob and `a[download]`, which need no network.
 */
import type { Bead } from '@duizhao/core';
import { el } from '../table.js';
import { decodeEdits, encodeEdits } from './storage.js';
import type { ExportFile } from './export.js';

/** How long after an edit it is written: edits in quick succession are written once. */
const WRITE_DELAY_MS = 300;

export interface Store {
  /** Edits found for this report, if any could be used. */
  restored?: { beads: Bead[]; saved: string };
  /** What the reviewer should know about the stored edits (restored, unusable, storage unavailable). */
  message?: string;
  schedule(beads: readonly Bead[]): void;
  flush(): void;
}

function openStorage(): Storage | string {
  try {
    const storage = window.localStorage;
    const probe = 'duizhao:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    return (error as Error).message || 'the browser refuses it';
  }
}

const time = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
};

/** Opens this report's stored edits; `kept` shows whether the latest edit is kept in this browser. */
export function openStore(key: string, original: readonly Bead[], sizeA: number, sizeB: number, kept: HTMLElement): Store {
  const storage = openStorage();
  const store: Store = { schedule: () => undefined, flush: () => undefined };
  if (typeof storage === 'string') {
    kept.textContent = 'Edits are not kept in this browser (storage unavailable): save the corrected report before leaving.';
    kept.classList.add('warn');
    return store;
  }
  const text = storage.getItem(key);
  if (text !== null) {
    const decoded = decodeEdits(original, text, sizeA, sizeB);
    if (typeof decoded === 'string') store.message = `Started from the report: ${decoded}.`;
    else {
      store.restored = { beads: decoded.beads, saved: time(decoded.saved) };
      store.message = `Restored the edits kept in this browser on ${time(decoded.saved)} (undo with z to start from the report).`;
      kept.textContent = `Edits kept in this browser (${time(decoded.saved)}).`;
    }
  }
  let pending: readonly Bead[] | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  store.flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const beads = pending;
    pending = undefined;
    const unchanged = beads.length === original.length && beads.every((b, i) => b === original[i]);
    const saved = new Date().toISOString();
    try {
      if (unchanged) storage.removeItem(key);
      else storage.setItem(key, encodeEdits(original, beads, saved));
      kept.textContent = unchanged ? 'No edits.' : `Edits kept in this browser (${time(saved)}).`;
      kept.classList.remove('warn');
    } catch (error) {
      kept.textContent = `The latest edits are not kept in this browser (${(error as Error).name === 'QuotaExceededError' ? 'storage full' : (error as Error).message}): save the corrected report.`;
      kept.classList.add('warn');
    }
  };
  store.schedule = (beads) => {
    pending = beads;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(store.flush, WRITE_DELAY_MS);
  };
  return store;
}

/** Hands `file` to the browser as a download. */
export function download(doc: Document, file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.type};charset=utf-8` }));
  const a = el(doc, 'a', { href: url, download: file.name, hidden: '' });
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
