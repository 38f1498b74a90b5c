/** Small pieces the side panel's views share. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { parseMarkdown, type Inline } from '../../notes/markdown';

/** A Dexie live query as state: re-runs when the tables it read change, in any extension page. */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: unknown[],
  initial: T,
  onError?: (error: unknown) => void,
): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (error: unknown) => onError?.(error) });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

function InlineView({ inline }: { inline: Inline }) {
  switch (inline.type) {
    case 'strong':
      return <strong>{inline.text}</strong>;
    case 'em':
      return <em>{inline.text}</em>;
    case 'code':
      return <code>{inline.text}</code>;
    case 'link':
      return (
        <a href={inline.href} target="_blank" rel="noreferrer noopener">
          {inline.text}
        </a>
      );
    default:
      return <>{inline.text}</>;
  }
}

/** A note body as light Markdown; every piece of text is a text node. */
export function Markdown({ source }: { source: string }) {
  const blocks = parseMarkdown(source);
  const items: preact.JSX.Element[] = [];
  let list: preact.JSX.Element[] = [];
  const flushList = () => {
    if (list.length) items.push(<ul key={`ul-${items.length}`}>{list}</ul>);
    list = [];
  };
  blocks.forEach((block, i) => {
    const inner = block.inlines.map((inline, j) => <InlineView key={j} inline={inline} />);
    if (block.type === 'li') {
      list.push(<li key={i}>{inner}</li>);
      return;
    }
    flushList();
    if (block.type === 'quote') items.push(<blockquote key={i}>{inner}</blockquote>);
    else if (block.type === 'h') items.push(<h4 key={i}>{inner}</h4>);
    else items.push(<p key={i}>{inner}</p>);
  });
  flushList();
  return <div class="markdown">{items}</div>;
}

/** Renders with an imperative DOM function (the entity card is shared with the popover). */
export function Imperative({
  render,
  deps,
  className,
}: {
  render: (container: HTMLElement) => void;
  deps: unknown[];
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) render(ref.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return <div ref={ref} class={className} />;
}
