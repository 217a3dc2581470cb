/**
 * The edit mode's commands: one table gives each its keys, its button and its
 * line in the keys help, so the three cannot disagree. Keys work as in
 * alignment editors (InterText, LF Aligner's review): one key per operation on
 * the current unit, arrows to move.
 */
import { el } from '../table.js';

export type Action =
  | 'down'
  | 'up'
  | 'left'
  | 'right'
  | 'page-down'
  | 'page-up'
  | 'first'
  | 'last'
  | 'merge-next'
  | 'merge-previous'
  | 'split'
  | 'a-up'
  | 'a-down'
  | 'b-up'
  | 'b-down'
  | 'apart'
  | 'confirm'
  | 'undo'
  | 'redo'
  | 'next-unconfirmed'
  | 'next-low'
  | 'next-problem'
  | 'previous-problem'
  | 'save'
  | 'export-tmx'
  | 'export-tsv'
  | 'export-moses';

interface Command {
  action: Action;
  /** `KeyboardEvent.key` values; `Ctrl+` ones need Ctrl or ⌘. */
  keys: string[];
  /** Button text, or none for commands that are keys only (moving). */
  button?: string;
  help: string;
  group: 'move' | 'edit' | 'review' | 'file';
}

/** `a` and `b` name the two versions (their language tags) in buttons and help. */
export function listCommands(a: string, b: string): Command[] {
  return [
    { action: 'down', keys: ['ArrowDown', 'j'], help: 'next unit', group: 'move' },
    { action: 'up', keys: ['ArrowUp', 'k'], help: 'previous unit', group: 'move' },
    { action: 'right', keys: ['ArrowRight'], help: 'next sentence of the unit (the one x sets apart)', group: 'move' },
    { action: 'left', keys: ['ArrowLeft'], help: 'previous sentence of the unit', group: 'move' },
    { action: 'page-down', keys: ['PageDown'], help: 'the last unit on screen, then a screenful further', group: 'move' },
    { action: 'page-up', keys: ['PageUp'], help: 'the first unit on screen, then a screenful back', group: 'move' },
    { action: 'first', keys: ['Home'], help: 'the first unit', group: 'move' },
    { action: 'last', keys: ['End'], help: 'the last unit', group: 'move' },
    { action: 'merge-next', keys: ['m'], button: 'Merge with next', help: 'merge the unit with the next', group: 'edit' },
    { action: 'merge-previous', keys: ['M'], button: 'Merge with previous', help: 'merge the unit with the previous', group: 'edit' },
    { action: 'split', keys: ['s'], button: 'Split…', help: 'split the unit: ←/→ move the cut, Tab switches version, Enter splits, Esc cancels', group: 'edit' },
    { action: 'a-up', keys: ['['], button: `${a} ↑`, help: `move the unit's lower boundary up one sentence in ${a} (its last sentence goes to the next unit)`, group: 'edit' },
    { action: 'a-down', keys: [']'], button: `${a} ↓`, help: `move the unit's lower boundary down one sentence in ${a} (the next unit's first sentence comes in)`, group: 'edit' },
    { action: 'b-up', keys: ['{'], button: `${b} ↑`, help: `the same in ${b}`, group: 'edit' },
    { action: 'b-down', keys: ['}'], button: `${b} ↓`, help: `the same in ${b}`, group: 'edit' },
    { action: 'apart', keys: ['x'], button: 'No counterpart', help: 'the chosen sentence has no counterpart: it gets a unit of its own', group: 'edit' },
    { action: 'confirm', keys: ['c', 'Enter'], button: 'Confirm', help: 'confirm the unit as it is and go to the next', group: 'edit' },
    { action: 'undo', keys: ['z', 'Ctrl+z'], button: 'Undo', help: 'undo', group: 'edit' },
    { action: 'redo', keys: ['Z', 'Ctrl+Z', 'Ctrl+y'], button: 'Redo', help: 'redo', group: 'edit' },
    { action: 'next-unconfirmed', keys: ['u'], button: 'Next unconfirmed', help: 'next unit not yet confirmed', group: 'review' },
    { action: 'next-low', keys: ['l'], button: 'Next low confidence', help: 'next unit the aligner was unsure of and nobody has reviewed', group: 'review' },
    { action: 'previous-problem', keys: ['p'], button: 'Previous problem', help: 'previous unit with a badge (no counterpart, low confidence)', group: 'review' },
    { action: 'next-problem', keys: ['n'], button: 'Next problem', help: 'next unit with a badge', group: 'review' },
    { action: 'save', keys: ['Ctrl+s'], button: 'Save corrected report', help: 'download the corrected report (JSON; duizhao render reads it)', group: 'file' },
    { action: 'export-tmx', keys: [], button: 'TMX', help: 'download TMX 1.4b for a CAT tool', group: 'file' },
    { action: 'export-tsv', keys: [], button: 'TSV', help: 'download the table as TSV', group: 'file' },
    { action: 'export-moses', keys: [], button: 'Moses', help: 'download parallel text, one file per version', group: 'file' },
  ];
}

/** The action a key press asks for, if any. */
export function actionOfKey(commands: readonly Command[], e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): Action | undefined {
  if (e.altKey) return undefined;
  const key = e.ctrlKey || e.metaKey ? `Ctrl+${e.key}` : e.key;
  return commands.find((c) => c.keys.includes(key))?.action;
}

const shown = (key: string): string => key.replace('Arrow', '').replace('Ctrl+', 'Ctrl+').replace(/^Down$/, '↓').replace(/^Up$/, '↑').replace(/^Left$/, '←').replace(/^Right$/, '→');

/** The toolbar (a button per command that has one) and the keys help. */
export function renderControls(doc: Document, commands: readonly Command[]): { toolbar: HTMLElement; help: HTMLElement } {
  const toolbar = el(doc, 'div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Edit the alignment' });
  let group = '';
  for (const c of commands) {
    if (c.button === undefined) continue;
    if (group !== '' && c.group !== group) toolbar.append(el(doc, 'span', { class: 'sep', 'aria-hidden': 'true' }));
    group = c.group;
    const keys = c.keys.filter((k) => !k.startsWith('Ctrl+') || c.action === 'save');
    const button = el(doc, 'button', { type: 'button', 'data-action': c.action, title: `${c.help}${keys.length ? ` (${keys.map(shown).join(', ')})` : ''}` }, c.button);
    if (keys.length > 0) button.setAttribute('aria-keyshortcuts', keys.map((k) => k.replace('Ctrl+', 'Control+')).join(' '));
    toolbar.append(button);
  }
  const list = el(doc, 'dl', { class: 'keys' });
  for (const c of commands) {
    if (c.keys.length === 0) continue;
    list.append(el(doc, 'dt', {}, ...c.keys.flatMap((k, i) => [i > 0 ? ' ' : '', el(doc, 'kbd', {}, shown(k))])), el(doc, 'dd', {}, c.help));
  }
  const help = el(doc, 'details', { class: 'help' }, el(doc, 'summary', {}, 'Keys'), list);
  return { toolbar, help };
}
