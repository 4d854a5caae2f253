import { batch, createSignal } from 'solid-js';
import type { ChatSummary } from '../../../../shared/chat.js';
import type {
  StaffConversation,
  StaffCounters,
  StaffFilter,
  StaffMember,
  StaffMetrics,
} from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';
import { request, socket } from '../../lib/socket.js';
import { beep } from './beep.js';
import { rowsAt, upsertRow } from './staff-rules.js';

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
const [filter, setFilter] = createSignal<StaffFilter>('all');
const [announcement, setAnnouncement] = createSignal('');
const [soundOn, setSoundOn] = createSignal(true);
const [now, setNow] = createSignal(Date.now());

export {
  counters,
  filter,
  me,
  metrics,
  now,
  setFilter,
  setSoundOn,
  soundOn,
  staffOnline,
  announcement as staffAnnouncement,
};
export const overviewPhase = phase;
/** The rows in order at the ticking clock: overdue ones move up as they fall due. */
export const rows = () => rowsAt(allRows(), now());
export const waitingCount = () => allRows().filter((r) => r.chat.status === 'waiting').length;
export const rowOf = (chatId: number | null) =>
  chatId === null ? undefined : allRows().find((r) => r.chat.id === chatId);
export const takeRow = (row: StaffConversation) => setRows((all) => upsertRow(all, row, now()));
/** One `staff:conversations` frame: its rows, one update of the list. */
const takeRows = (changed: StaffConversation[]) =>
  setRows((all) => changed.reduce((list, row) => upsertRow(list, row, now()), all));

function takeMetrics(figures: StaffMetrics): void {
  batch(() => {
    setMetrics(figures);
    setCounters(figures.counters);
  });
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
  const result = await request('staff:overview', {});
  if (token !== loadToken) return;
  if (!result.ok) return void (phase() !== 'ready' && setPhase('failed'));
  batch(() => {
    setRows(result.data.conversations);
    setStaffOnline(result.data.staffOnline);
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
  setRows((all) => all.map((r) => (r.chat.id === chat.id ? { ...r, chat } : r)));
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  socket.on('staff:conversations', takeRows);
  socket.on('staff:handoff-requested', onHandoff);
  socket.on('staff:presence', (members) => setStaffOnline(members));
  socket.on('staff:metrics', takeMetrics);
  socket.on('chat:updated', takeSummary);
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
