import { unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';

type RenderHost = (Element | DocumentFragment) & { _reactRoot?: Root };

// antd-mobile 5 renders Toast/Dialog with ReactDOM.render, which React 19 removed: give it createRoot.
unstableSetRender((node, container) => {
  const host = container as RenderHost;
  host._reactRoot ||= createRoot(host);
  const root = host._reactRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
  };
});
