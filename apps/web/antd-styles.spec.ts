import { usedComponents } from './antd-styles';

describe('usedComponents', () => {
  it('lists the antd components imported anywhere, once each, without types or other packages', () => {
    const sources = [
      "import { Button, Empty, Table } from 'antd';\nimport { Link } from 'react-router';",
      "import {\n  Button,\n  Form,\n  type FormInstance,\n  Input,\n} from 'antd';",
      "import type { ThemeConfig } from 'antd';\nimport { message } from 'antd';",
    ];
    expect(usedComponents(sources)).toEqual(['Button', 'Empty', 'Form', 'Input', 'Table']);
  });
});
