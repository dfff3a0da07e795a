// Typed fan-out of push events (device added/removed, progress) to every connected client:
// Electron windows and browser-bridge sockets subscribe the same way.
import type { ApiEvent, ApiEvents } from '../../preload/contract';

export type EventSink = <E extends ApiEvent>(event: E, payload: ApiEvents[E]) => void;

export class EventHub {
  readonly #sinks = new Set<EventSink>();

  /** Adds a sink; returns the function that removes it. */
  subscribe(sink: EventSink): () => void {
    this.#sinks.add(sink);
    return () => this.#sinks.delete(sink);
  }

  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void {
    for (const sink of this.#sinks) {
      try {
        sink(event, payload);
      } catch {
        // One broken client must not stop delivery to the others.
      }
    }
  }

  get size(): number {
    return this.#sinks.size;
  }
}
