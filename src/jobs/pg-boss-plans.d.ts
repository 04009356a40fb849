// Types for the one internal pg-boss module the queue executor reads: the SQL text generators, used to recognise
// pg-boss's job-fetch and job-completion statements (pg-boss is pinned, so the texts match exactly).
declare module 'pg-boss/src/plans.js' {
  interface FetchOptions {
    includeMetadata?: boolean;
    priority?: boolean;
    ignoreStartAfter?: boolean;
  }
  const plans: {
    fetchNextJob(schema: string): (options?: FetchOptions) => string;
    completeJobs(schema: string): string;
    failJobsById(schema: string): string;
  };
  export default plans;
}
