import { useEffect, useRef, useState } from 'react';
import { useT } from '../useT';

/** A read-only field with a Copy button that says when it has copied. */
export function CopyField({
  value,
  label,
  testId,
  multiline = false,
}: {
  value: string;
  label: string;
  testId: string;
  multiline?: boolean;
}) {
  const t = useT();
  // What was last copied: the button says "Copied" only while the field still holds it.
  const [copiedValue, setCopiedValue] = useState<string | null>(null);
  const copied = copiedValue === value;
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopiedValue(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Without clipboard permission, select the text so Ctrl+C copies it.
      field.current?.select();
      document.execCommand('copy');
    }
    setCopiedValue(value);
  };
  const props = {
    ref: field,
    readOnly: true,
    value,
    'aria-label': label,
    'data-testid': testId,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      e.currentTarget.select(),
  };
  return (
    <div className="copy-field">
      {multiline ? <textarea rows={5} {...props} /> : <input type="text" {...props} />}
      <button type="button" onClick={() => void copy()} data-testid={`${testId}-copy`}>
        {copied ? t('share.copied') : t('share.copy')}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? t('share.copiedLong', { what: label }) : ''}
      </span>
    </div>
  );
}
