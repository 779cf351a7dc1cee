/*
 * Haven storefront: one small script for every page, no framework (members are on phones on slow
 * networks). The server renders each page in Chinese with its data filled in; this script switches
 * the language in place (texts come with the page, the choice stays in localStorage) and talks JSON
 * to /store/{appId}/api/. Errors come back as problem+json; each is shown under its field, in the
 * member's language, by its message code.
 */
(function () {
  'use strict';

  var LANG_KEY = 'haven.storefront.lang';
  var DEFAULT_LANG = 'zh-CN';
  var boot = JSON.parse(document.getElementById('boot').textContent);
  var texts = boot.texts;
  var page = boot.page || {};
  var lang = storedLanguage();

  function storedLanguage() {
    try {
      var chosen = window.localStorage.getItem(LANG_KEY);
      return texts[chosen] ? chosen : DEFAULT_LANG;
    } catch (e) {
      return DEFAULT_LANG; // storage blocked (private mode): Chinese, as the server rendered
    }
  }

  function t(key, fallback) {
    var text = texts[lang][key];
    if (text == null) {
      text = texts[DEFAULT_LANG][key];
    }
    return text != null ? text : fallback || key;
  }

  function each(selector, action, root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(selector), action);
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    each('[data-t]', function (el) {
      el.textContent = t(el.getAttribute('data-t'));
    });
    each('[data-t-placeholder]', function (el) {
      el.setAttribute('placeholder', t(el.getAttribute('data-t-placeholder')));
    });
    each('[data-t-aria-label]', function (el) {
      el.setAttribute('aria-label', t(el.getAttribute('data-t-aria-label')));
    });
    each('[data-code]', function (el) {
      el.textContent = t(el.getAttribute('data-code'), el.getAttribute('data-fallback'));
    });
  }

  document.addEventListener('click', function (event) {
    if (!event.target.closest('[data-lang-toggle]')) {
      return;
    }
    lang = lang === 'en' ? DEFAULT_LANG : 'en';
    try {
      window.localStorage.setItem(LANG_KEY, lang);
    } catch (e) {
      // not remembered, still switched for this page
    }
    applyLanguage();
  });

  // ---- JSON endpoints ----

  /** Resolves to {ok, status, data} or {ok: false, status, problem}; never rejects. */
  function call(method, path, body) {
    var init = {
      method: method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': lang }
    };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(page.api + path, init).then(
      function (response) {
        var read = response.status === 204 ? Promise.resolve(null) : response.json().catch(function () { return null; });
        return read.then(function (data) {
          if (response.ok) {
            return { ok: true, status: response.status, data: data };
          }
          return { ok: false, status: response.status, problem: data || { code: 'error.detail' } };
        });
      },
      function () {
        return { ok: false, status: 0, problem: { code: 'error.network' } };
      }
    );
  }

  // ---- forms and their messages ----

  function say(el, code, fallback) {
    el.setAttribute('data-code', code || 'error.detail');
    el.setAttribute('data-fallback', fallback || '');
    el.textContent = t(code, fallback);
    el.hidden = false;
  }

  function clearErrors(form) {
    each('[data-error-for]', function (el) {
      el.hidden = true;
      el.removeAttribute('data-code');
      el.textContent = '';
    }, form);
    each('[aria-invalid]', function (el) {
      el.removeAttribute('aria-invalid');
    }, form);
  }

  function errorSlot(form, field) {
    var slots = form.querySelectorAll('[data-error-for]');
    for (var i = 0; i < slots.length; i++) {
      if (slots[i].getAttribute('data-error-for') === field) {
        return slots[i];
      }
    }
    return null;
  }

  function showProblem(form, problem) {
    var focused = false;
    (problem.errors || []).forEach(function (error) {
      var slot = errorSlot(form, error.field);
      var input = form.elements[error.field];
      if (!slot || !input) {
        return;
      }
      say(slot, error.code, error.message);
      input.setAttribute('aria-invalid', 'true');
      if (!focused) {
        input.focus();
        focused = true;
      }
    });
    if (!focused) {
      say(errorSlot(form, ''), problem.code, problem.detail);
    }
  }

  /** Submit buttons start disabled: a form sent before this script ran would bypass the JSON API. */
  function onSubmit(form, send) {
    form.querySelector('[type=submit]').disabled = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (form.getAttribute('aria-busy') === 'true') {
        return;
      }
      clearErrors(form);
      var button = form.querySelector('[type=submit]');
      form.setAttribute('aria-busy', 'true');
      button.disabled = true;
      button.classList.add('is-busy');
      send(form.elements).then(function (done) {
        if (!done) {
          form.removeAttribute('aria-busy');
          button.disabled = false;
          button.classList.remove('is-busy');
        }
      });
    });
    each('input', function (input) {
      input.addEventListener('input', function () {
        var slot = errorSlot(form, input.name);
        input.removeAttribute('aria-invalid');
        if (slot) {
          slot.hidden = true;
        }
      });
    }, form);
  }

  /** The page to go to after signing in: only our own pages, never a URL from the link. */
  function afterSignIn() {
    var next = new URLSearchParams(window.location.search).get('next');
    return page.home + (next === 'profile' || /^mall(\/(goods|redemptions)\/\d{1,19}|\/redemptions|\/points)?$/.test(next || '') ? next : '');
  }

  function signedIn(form, answer) {
    if (answer.ok) {
      window.location.assign(afterSignIn());
      return true;
    }
    showProblem(form, answer.problem);
    return false;
  }

  // ---- pages ----

  var pages = {
    'sign-in': function () {
      var form = document.querySelector('[data-form="sign-in"]');
      onSubmit(form, function (fields) {
        return call('POST', 'session', { phone: fields.phone.value, password: fields.password.value }).then(
          function (answer) { return signedIn(form, answer); });
      });
    },

    'sign-up': function () {
      var form = document.querySelector('[data-form="sign-up"]');
      onSubmit(form, function (fields) {
        var body = { phone: fields.phone.value, password: fields.password.value, nickname: fields.nickname.value };
        return call('POST', 'members', body).then(function (answer) { return signedIn(form, answer); });
      });
    },

    profile: function () {
      var form = document.querySelector('[data-form="profile"]');
      var today = new Date();
      form.elements.birthday.max = new Date(today.getTime() - today.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
      onSubmit(form, function (fields) {
        var body = { nickname: fields.nickname.value, birthday: fields.birthday.value };
        return call('PUT', 'me', body).then(function (answer) {
          if (!answer.ok) {
            if (answer.status === 401) {
              window.location.assign(page.home + 'sign-in?next=profile');
              return true;
            }
            showProblem(form, answer.problem);
            return false;
          }
          fields.nickname.value = answer.data.nickname;
          fields.birthday.value = answer.data.birthday || '';
          each('[data-nickname]', function (el) { el.textContent = answer.data.nickname; });
          each('[data-initial]', function (el) { el.textContent = Array.from(answer.data.nickname)[0]; });
          toast('profile.saved');
          return false;
        });
      });
    },

    'own-login': function () {
      var token = new URLSearchParams(window.location.search).get('token');
      // the token must not stay in the address bar, the history or a bookmark
      window.history.replaceState(null, '', page.home + 'own-login');
      var working = document.querySelector('[data-state="working"]');
      var failed = document.querySelector('[data-state="failed"]');
      var retry = document.querySelector('[data-retry]');

      function fail(code, fallback, retryable) {
        working.hidden = true;
        failed.hidden = false;
        say(document.querySelector('[data-failure]'), code, fallback);
        retry.hidden = !retryable;
      }

      function attempt() {
        failed.hidden = true;
        working.hidden = false;
        if (!token) {
          fail('ownLogin.noToken');
          return;
        }
        call('POST', 'own-login', { token: token }).then(function (answer) {
          if (answer.ok) {
            window.location.replace(page.home);
          } else {
            fail(answer.problem.code, answer.problem.detail, answer.status === 503 || answer.status === 0);
          }
        });
      }

      retry.addEventListener('click', attempt);
      attempt();
    }
  };

  function toast(code) {
    var el = document.querySelector('[data-toast]');
    say(el, code);
    window.clearTimeout(toast.timer);
    toast.timer = window.setTimeout(function () { el.hidden = true; }, 2200);
  }

  each('[data-reveal]', function (button) {
    button.addEventListener('click', function () {
      var input = document.getElementById(button.getAttribute('aria-controls'));
      var shown = input.type === 'text';
      input.type = shown ? 'password' : 'text';
      button.setAttribute('aria-pressed', String(!shown));
    });
  });

  each('[data-sign-out]', function (button) {
    button.addEventListener('click', function () {
      button.disabled = true;
      call('DELETE', 'session').then(function () {
        window.location.assign(page.home);
      });
    });
  });

  // The pieces other page scripts (assets/mall.js) build on; they run after this one.
  window.HavenStorefront = {
    page: page,
    t: t,
    each: each,
    call: call,
    say: say,
    clearErrors: clearErrors,
    showProblem: showProblem,
    onSubmit: onSubmit,
    toast: toast,
    language: function () { return lang; }
  };

  if (lang !== DEFAULT_LANG) {
    applyLanguage(); // the server rendered Chinese
  }
  if (pages[page.name]) {
    pages[page.name]();
  }
})();
