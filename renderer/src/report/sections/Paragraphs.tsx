/** Free text as the facilitator typed it: an empty line starts a new paragraph. */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="report-paragraph">
          {paragraph}
        </p>
      ))}
    </>
  );
}
