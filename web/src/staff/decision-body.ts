/** A decision's body: the result, and the comment only when one was written (trimmed). */
export function decisionBody<Result extends string>(result: Result, comment: string | undefined) {
  const text = comment?.trim();
  return { result, ...(text ? { comment: text } : {}) };
}
