// The application's job queues, each with its policy, and which queue runs which kind of task. One table, so
// the task sweeper can hand a crashed attempt of any task back to the right queue.
import type { QueuePolicy } from './queue.js';

export const EXPORT_QUEUE = 'export';
/** One attempt may run 5 minutes; a failed or crashed attempt is tried twice more. */
export const EXPORT_QUEUE_POLICY: QueuePolicy = { policy: 'standard', expireInSeconds: 300, retryLimit: 2, retryDelay: 1 };

export interface TaskQueue {
  name: string;
  policy: QueuePolicy;
}

const taskQueues = new Map<string, TaskQueue>([['export', { name: EXPORT_QUEUE, policy: EXPORT_QUEUE_POLICY }]]);

/** Registers the queue of a task kind (done once by the module that works that kind). */
export function registerTaskQueue(kind: string, queue: TaskQueue): void {
  taskQueues.set(kind, queue);
}

export function queueForTaskKind(kind: string): TaskQueue | undefined {
  return taskQueues.get(kind);
}
