import { useEffect, useRef, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';
import { env } from '@/config/env';
import { refreshSession } from '@/lib/api-client';

/**
 * The tab's one Socket.IO connection (docs/chat.md). It authenticates as every API request does: the
 * access-token cookie rides on the WebSocket handshake of a same-origin page. WebSocket only, so any
 * process behind the load balancer can hold it (no sticky sessions); socket.io-client reconnects by
 * itself, and on every (re)connection the rooms still open are joined again, each saying what it has
 * already seen so that the server answers with what was missed.
 */
export type ConnectionState = 'connecting' | 'connected' | 'offline';

export type AckError = { code: string; message: string };
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: AckError };

/** A room kept joined while someone shows it: what to send on each join, and what to do with the answer. */
type Room = { event: string; payload: () => object; onJoined?: (ack: Ack) => void; holders: number };

type Handler = (...args: never[]) => void;

const ACK_TIMEOUT_MS = 10_000;
// A connection the server refused (an expired access token): renew the session and try again, then
// back off, so that a tab left open over a lost session does not knock every few seconds.
const REFUSED_RETRY_MS = [1_000, 5_000, 15_000, 60_000];

let socket: Socket | null = null;
let holders = 0;
let state: ConnectionState = 'offline';
let refusals = 0;
let refusedTimer: ReturnType<typeof setTimeout> | undefined;
const stateListeners = new Set<() => void>();
const handlers = new Map<string, Set<Handler>>();
const rooms = new Map<string, Room>();
const reconnectListeners = new Set<() => void>();

function setState(next: ConnectionState) {
  if (state === next) return;
  state = next;
  stateListeners.forEach((listener) => listener());
}

function joinRoom(room: Room) {
  const connection = socket;
  if (!connection?.connected) return;
  connection
    .timeout(ACK_TIMEOUT_MS)
    .emitWithAck(room.event, room.payload())
    .then((ack: Ack) => room.onJoined?.(ack))
    // A join that timed out is tried again on the next connection.
    .catch(() => undefined);
}

function open(): Socket {
  const connection = io(env.apiUrl || undefined, { path: '/socket.io', transports: ['websocket'], withCredentials: true, autoConnect: false });
  let connectedBefore = false;
  connection.on('connect', () => {
    refusals = 0;
    setState('connected');
    rooms.forEach(joinRoom);
    // What happened while the connection was down is fetched once, by whoever keeps it on screen.
    if (connectedBefore) reconnectListeners.forEach((listener) => listener());
    connectedBefore = true;
  });
  connection.on('disconnect', () => setState(connection.active ? 'connecting' : 'offline'));
  connection.on('connect_error', () => {
    if (connection.active) {
      setState('connecting');
      return;
    }
    // Refused by the server: the access token expired (or the session ended elsewhere).
    setState('offline');
    const wait = REFUSED_RETRY_MS[Math.min(refusals, REFUSED_RETRY_MS.length - 1)];
    refusals += 1;
    clearTimeout(refusedTimer);
    refusedTimer = setTimeout(() => {
      void refreshSession().then(() => {
        if (socket === connection && !connection.connected) connection.connect();
      });
    }, wait);
  });
  connection.onAny((event: string, ...args: unknown[]) => handlers.get(event)?.forEach((handler) => (handler as (...values: unknown[]) => void)(...args)));
  setState('connecting');
  connection.connect();
  return connection;
}

/** Opens the connection for the first holder (a signed-in layout); the last one to let go closes it. */
export function holdConnection(): () => void {
  holders += 1;
  socket ??= open();
  return () => {
    holders -= 1;
    if (holders > 0 || !socket) return;
    clearTimeout(refusedTimer);
    socket.removeAllListeners();
    socket.disconnect();
    socket = null;
    setState('offline');
  };
}

/** Keeps the tab connected while the calling component is mounted (the signed-in layouts). */
export function useRealtimeConnection(): void {
  useEffect(() => holdConnection(), []);
}

export function getConnectionState(): ConnectionState {
  return state;
}

function subscribeToState(listener: () => void): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

/** Whether the tab is connected now, re-rendering as that changes. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribeToState, getConnectionState, getConnectionState);
}

/** Calls `handler` for every `event` the server sends, from any room this tab is in. */
export function onRealtimeEvent<T>(event: string, handler: (payload: T) => void): () => void {
  const set = handlers.get(event) ?? new Set<Handler>();
  set.add(handler as Handler);
  handlers.set(event, set);
  return () => {
    set.delete(handler as Handler);
    if (!set.size) handlers.delete(event);
  };
}

/** `onRealtimeEvent` for a component: the latest `handler` is called, subscribed once. */
export function useRealtimeEvent<T>(event: string, handler: (payload: T) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => onRealtimeEvent<T>(event, (payload) => latest.current(payload)), [event]);
}

/** Runs `listener` after each reconnection (not the first connection): time to catch up on what was missed. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

export type RoomOptions = {
  /** The event that joins (`join`) and what it carries, asked afresh on every join. */
  join: string;
  payload: () => object;
  /** The event that leaves (`leave`) and what it carries. */
  leave: string;
  leavePayload: object;
  onJoined?: (ack: Ack) => void;
};

/**
 * Keeps a room joined while held: joined now if connected, and again after every reconnection with a
 * fresh `payload()` (which says what was already seen). Two holders of one key share the room; the
 * last to let go leaves it.
 */
export function holdRoom(key: string, options: RoomOptions): () => void {
  const existing = rooms.get(key);
  if (existing) {
    existing.holders += 1;
    existing.payload = options.payload;
    existing.onJoined = options.onJoined;
  } else {
    const room: Room = { event: options.join, payload: options.payload, onJoined: options.onJoined, holders: 1 };
    rooms.set(key, room);
    joinRoom(room);
  }
  return () => {
    const room = rooms.get(key);
    if (!room) return;
    room.holders -= 1;
    if (room.holders > 0) return;
    rooms.delete(key);
    if (socket?.connected) socket.emit(options.leave, options.leavePayload);
  };
}

/** Sends `event` and waits for the server's ack; not connected or no answer in time is an error ack. */
export async function emitWithAck<T extends object = object>(event: string, payload: object): Promise<Ack<T>> {
  if (!socket?.connected) return { ok: false, error: { code: 'offline', message: 'Not connected.' } };
  try {
    return (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload)) as Ack<T>;
  } catch {
    return { ok: false, error: { code: 'timeout', message: 'The server did not answer in time.' } };
  }
}

/** Sends `event` if connected and forgets it: for signals that are worthless late (typing). */
export function emitVolatile(event: string, payload: object): void {
  if (socket?.connected) socket.volatile.emit(event, payload);
}
