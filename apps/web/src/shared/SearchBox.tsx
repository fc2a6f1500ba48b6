// The catalogue's search box: textbox 搜索 and button 搜索 (the UI contract), a form so Enter searches.
import { Button, Input, Space } from 'antd';
import { useState } from 'react';

export function SearchBox({
  value,
  onSearch,
  placeholder = '输入关键词，如 镁合金',
}: {
  value: string;
  onSearch: (q: string) => void;
  placeholder?: string;
}) {
  const [text, setText] = useState(value);
  // a new query from the URL (back, a link) replaces what was typed
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
        <Input
          aria-label="搜索"
          value={text}
          maxLength={100}
          placeholder={placeholder}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="primary" htmlType="submit">
          搜索
        </Button>
      </Space.Compact>
    </form>
  );
}
