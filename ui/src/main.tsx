import { render } from 'preact';

import { App } from './App';
import { defaultBackend } from './api';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App backend={defaultBackend()} />, root);
