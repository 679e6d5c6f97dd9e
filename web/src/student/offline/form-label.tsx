/** "*单位名称": the seed puts the asterisk before the label; screen readers hear only the words. */
export function Label({ text, required = false }: { text: string; required?: boolean }) {
  return (
    <>
      {required ? (
        <span className="form-required" aria-hidden="true">
          *
        </span>
      ) : null}
      {text}
    </>
  );
}
