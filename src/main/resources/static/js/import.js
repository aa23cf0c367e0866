// Import form: drag and drop, and one upload per file with its own progress bar. Without this script the
// form still posts every chosen file at once and the page lists the results.
(function () {
  'use strict';
  var form = document.getElementById('import-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var input = form.querySelector('input[type=file]');
  var zone = form.querySelector('.dropzone');
  var results = document.getElementById('import-results');
  var reload = document.getElementById('import-reload');
  var label = zone ? zone.querySelector('.dropzone-text') : null;
  var defaultLabel = label ? label.textContent : '';
  var submit = form.querySelector('button[type=submit]');
  var dropped = null;
  var busy = false;

  function chosen() {
    return dropped || Array.prototype.slice.call(input.files || []);
  }

  function showChosen() {
    var files = chosen();
    if (label) {
      label.textContent = files.length
        ? files.map(function (f) { return f.name; }).join('、')
        : defaultLabel;
    }
  }

  input.addEventListener('change', function () {
    dropped = null;
    showChosen();
  });

  if (zone) {
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) {
        e.preventDefault();
        zone.classList.add('dragging');
      });
    });
    ['dragleave', 'dragend'].forEach(function (type) {
      zone.addEventListener(type, function () {
        zone.classList.remove('dragging');
      });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      zone.classList.remove('dragging');
      var files = Array.prototype.slice.call(e.dataTransfer ? e.dataTransfer.files : []);
      if (!files.length) {
        return;
      }
      try {
        // where the browser allows it, the input holds the dropped files, so a plain submit sends them too
        var transfer = new DataTransfer();
        files.forEach(function (f) { transfer.items.add(f); });
        input.files = transfer.files;
        dropped = null;
      } catch (err) {
        dropped = files;
      }
      showChosen();
    });
  }

  // The form's other fields (a CSRF token, once there is one) go with every upload.
  function fieldsOf() {
    var data = new FormData();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && el.type !== 'file' && el.type !== 'submit' && !el.disabled) {
        data.append(el.name, el.value);
      }
    });
    return data;
  }

  function row(file) {
    var li = document.createElement('li');
    li.className = 'result result-pending';
    var name = document.createElement('span');
    name.className = 'file';
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', form.dataset.msgUploading + ' ' + file.name);
    var state = document.createElement('span');
    state.className = 'status muted';
    state.textContent = form.dataset.msgQueued;
    li.appendChild(name);
    li.appendChild(bar);
    li.appendChild(state);
    results.appendChild(li);
    return { li: li, bar: bar, state: state };
  }

  function failed(r, reason) {
    r.li.className = 'result result-failed';
    r.li.setAttribute('data-status', 'failed');
    r.bar.remove();
    r.state.className = 'status';
    r.state.textContent = form.dataset.msgFailed;
    var why = document.createElement('span');
    why.className = 'reason';
    why.textContent = reason;
    r.li.appendChild(why);
  }

  function upload(file, r, done) {
    var xhr = new XMLHttpRequest();
    var data = fieldsOf();
    r.state.textContent = form.dataset.msgUploading;
    data.append('file', file, file.name);
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        r.bar.value = Math.round((e.loaded / e.total) * 100);
      }
    });
    xhr.upload.addEventListener('load', function () {
      r.bar.value = 100;
      r.bar.removeAttribute('value'); // indeterminate while the server reads the document
      r.state.textContent = form.dataset.msgReading;
    });
    xhr.addEventListener('load', function () {
      if (xhr.status >= 200 && xhr.status < 300) {
        var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        var items = doc.querySelectorAll('#import-results > li');
        if (items.length) {
          var nodes = Array.prototype.map.call(items, function (n) { return document.importNode(n, true); });
          nodes.forEach(function (n) { results.insertBefore(n, r.li); });
          r.li.remove();
        } else {
          failed(r, form.dataset.msgNetwork);
        }
      } else {
        failed(r, form.dataset.msgNetwork + ' (HTTP ' + xhr.status + ')');
      }
      done();
    });
    xhr.addEventListener('error', function () {
      failed(r, form.dataset.msgNetwork);
      done();
    });
    xhr.send(data);
  }

  // The unit tree of the page as it is now, with the plans just imported; a link to reload if that fails.
  function refreshTree() {
    var tree = document.getElementById('unit-tree');
    if (!tree || !window.fetch) {
      if (reload) {
        reload.hidden = false;
      }
      return;
    }
    fetch(window.location.pathname + window.location.search, { credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('unit-tree');
        if (!fresh) {
          throw new Error('no tree');
        }
        tree.replaceWith(document.importNode(fresh, true));
        form.setAttribute('data-tree-refreshed', 'true');
      })
      .catch(function () {
        if (reload) {
          reload.hidden = false;
        }
      });
  }

  form.addEventListener('submit', function (e) {
    var files = chosen();
    if (!files.length || busy) {
      return; // nothing chosen: let the server say so
    }
    e.preventDefault();
    busy = true;
    if (submit) {
      submit.disabled = true;
    }
    var rows = files.map(row);
    var i = 0;
    (function next() {
      if (i >= files.length) {
        busy = false;
        if (submit) {
          submit.disabled = false;
        }
        input.value = '';
        dropped = null;
        showChosen();
        refreshTree();
        return;
      }
      var k = i++;
      upload(files[k], rows[k], next);
    })();
  });
})();
