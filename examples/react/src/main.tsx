// Defines every coe- element before React renders them, so React 19 sees their properties.
import 'coe-partnership-widgets/all.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../shared/host.css';
import { App } from './App.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('the page has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
