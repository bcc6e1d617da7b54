import type { Command } from '../../../shared/commands';

/**
 * Commands that stay in the session worker. A CSV import of 10,000 people is 100,000 commands
 * (10 MB of JSON): copying them to the window and back would block it for hundreds of
 * milliseconds. So the worker keeps them under a number and the window gets a stand-in, an empty
 * frozen array, that goes to `api.executeMany` like any list of commands: the worker transport
 * recognises it and the worker puts its commands in the request (workerProtocol.ts, `held`).
 */
const standIns = new WeakMap<object, number>();

/** The stand-in for the commands the worker keeps as `ref`. */
export function standInFor(ref: number): readonly Command[] {
  const standIn: readonly Command[] = Object.freeze([]);
  standIns.set(standIn, ref);
  return standIn;
}

/** The worker's number for the commands `value` stands in for; undefined for anything else. */
export function heldRef(value: unknown): number | undefined {
  return typeof value === 'object' && value !== null ? standIns.get(value) : undefined;
}
