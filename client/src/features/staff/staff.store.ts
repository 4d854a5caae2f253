import { batch, createSignal } from 'solid-js';
import type { ChatSummary } from '../../../../shared/chat.js';
import type { StaffOverviewQuery } from '../../../../shared/desk-triage.js';
import type { StaffConversation, StaffCounters, StaffMember, StaffMetrics } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';
import { request, socket } from '../../lib/socket.js';
import { beep } from './beep.js';
import { placeRow, rowsAt } from './staff-rules.js';

/**
 * The console's overview, fed by the staff pushes: the conversations, who of the staff is
 * online, the desk's figures (read with the overview, then pushed as `staff:metrics`) and who I am.
 */
const [allRows, setRows] = createSignal<readonly StaffConversation[]>([]);
const [staffOnline, setStaffOnline] = createSignal<readonly StaffMember[]>([]);
const [counters, setCounters] = createSignal<StaffCounters | null>(null);
const [metrics, setMetrics] = createSignal<StaffMetrics | null>(null);
const [me, setMe] = createSignal<StaffMember | null>(null);
const [phase, setPhase] = createSignal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
/** The overview's filters: the server applies them; pushed rows are placed by the same rules. */
const [query, setQueryNow] = createSignal<StaffOverviewQuery>({});
const [staffMembers, setStaffMembers] = createSignal<readonly StaffMember[]>([]);
const [announcement, setAnnouncement] = createSignal('');
const [soundOn, setSoundOn] = createSignal(true);
const [now, setNow] = createSignal(Date.now());

export {
  counters,
  metrics,
  query,
  me,
  now,
  staffMembers,
  setSoundOn,
  soundOn,
  staffOnline,
  announcement as staffAnnouncement,
};
export const overviewPhase = phase;
/** The rows in order at the ticking clock: overdue ones move up as they fall due. */
export const rows = () => rowsAt(allRows(), now());
export const waitingCount = () => allRows().filter((r) => r.chat.status === 'waiting').length;
/** The latest pushed row of conversations outside the filters (the one on screen may be among them). */
const OUTSIDE_KEPT = 20;
const [outside, setOutside] = createSignal<ReadonlyMap<number, StaffConversation>>(new Map());
export const rowOf = (chatId: number | null) =>
  chatId === null ? undefined : (allRows().find((r) => r.chat.id === chatId) ?? outside().get(chatId));
export function takeRow(row: StaffConversation): void {
  batch(() => {
    setRows((all) => placeRow(all, row, query(), me(), now()));
    const listed = allRows().some((r) => r.chat.id === row.chat.id);
    if (listed && !outside().has(row.chat.id)) return;
    setOutside((all) => {
      const next = new Map(all);
      next.delete(row.chat.id); // re-set below: the map's order is the pushes' order
      if (!listed) next.set(row.chat.id, row);
      // Only the open conversation needs one: a shift's worth of pushes must not pile up here.
      for (const id of next.keys()) if (next.size > OUTSIDE_KEPT) next.delete(id);
      return next;
    });
  });
}

/** One `staff:conversations` frame: its rows, one update of the list. */
const takeRows = (changed: StaffConversation[]) => batch(() => changed.forEach(takeRow));

function takeMetrics(figures: StaffMetrics): void {
  batch(() => {
    setMetrics(figures);
    setCounters(figures.counters);
  });
}

/** Change the filters: the server answers the list under them. */
export function setQuery(next: StaffOverviewQuery): void {
  setQueryNow(next);
  void loadOverview();
}

function announce(line: string): void {
  // Cleared first, so the same words said twice are announced twice.
  setAnnouncement('');
  queueMicrotask(() => setAnnouncement(line));
}

let loadToken = 0;
export async function loadOverview(): Promise<void> {
  const token = ++loadToken;
  if (phase() !== 'ready') setPhase('loading');
  const result = await request('staff:overview', query());
  if (token !== loadToken) return;
  if (!result.ok) return void (phase() !== 'ready' && setPhase('failed'));
  batch(() => {
    setRows(result.data.conversations);
    setStaffOnline(result.data.staffOnline);
    setStaffMembers(result.data.staffMembers);
    takeMetrics(result.data.metrics);
    setMe(result.data.me);
    setPhase('ready');
  });
}

function onHandoff(row: StaffConversation): void {
  takeRow(row);
  announce(t('staff.handoff', { name: row.shopperName ?? t('staff.guest') }));
  if (soundOn()) beep();
}

/** `chat:updated` of a watched conversation: its row's summary, without waiting for the row push. */
export function takeSummary(chat: ChatSummary): void {
  // The shopper-shaped summary has no `flagged`: keep the row's own; the row's frame follows.
  const merge = (r: StaffConversation) =>
    r.chat.id === chat.id ? { ...r, chat: { ...chat, flagged: r.chat.flagged } } : r;
  setRows((all) => all.map(merge));
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  socket.on('staff:conversations', takeRows);
  socket.on('staff:handoff-requested', onHandoff);
  socket.on('staff:presence', (members) => setStaffOnline(members));
  socket.on('chat:updated', takeSummary);
  socket.on('staff:metrics', takeMetrics);
  // Pushes are at most once: after a reconnect, read the overview again.
  socket.on('connect', () => void loadOverview());
}

/** The console is on screen: follow the overview and tick the waiting times. Returns the stop. */
export function startConsole(): () => void {
  listen();
  if (socket.connected) void loadOverview();
  // The figures come as `staff:metrics` pushes; only the clock ticks here.
  const tick = setInterval(() => setNow(Date.now()), 1000);
  return () => clearInterval(tick);
}
