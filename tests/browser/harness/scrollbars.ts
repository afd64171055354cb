// @grafana/ui's .mjs files import this CommonJS package's default export; bundled, Node's rules would hand them the
// whole exports object. Imported from a .ts file, the bundler honours `__esModule` and hands over the component.
import Scrollbars from 'react-custom-scrollbars-2';

export default Scrollbars;
export * from 'react-custom-scrollbars-2';
