//! WebKitGTK settings for a window that shows forms and documents, never
//! browses: set once, when the window opens. What each one changed is
//! measured by `scripts/bench-app.sh` and written in ARCHITECTURE.md.

use tauri::webview::PlatformWebview;

/// Applied to the main window's webview.
#[cfg(target_os = "linux")]
pub fn tune(webview: PlatformWebview) {
    use webkit2gtk::{
        CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
    };
    let view = webview.inner();
    // The « document viewer » model keeps no memory cache of resources:
    // every page of a letter preview is a new image that is shown once,
    // and the browser models keep them around by the hundred.
    if let Some(context) = view.context() {
        context.set_cache_model(CacheModel::DocumentViewer);
    }
    // Hash routes never leave the page: a back/forward cache of whole
    // pages would only hold memory.
    if let Some(settings) = WebViewExt::settings(&view) {
        settings.set_enable_page_cache(false);
        // Forms and A4 pages need no GPU compositing; with it, the web
        // process loads an OpenGL driver (LLVM and Mesa's software renderer
        // where there is no GPU: about 40 MiB) and keeps layer buffers.
        settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
    }
}

#[cfg(not(target_os = "linux"))]
pub fn tune(_webview: PlatformWebview) {}
