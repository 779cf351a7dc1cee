/*
 * Haven storefront, points mall pages (M3): mall home, goods detail and redeeming, one redemption
 * (award by category, the address of physical goods), my redemptions, my points and the sandbox
 * pay page. Runs after storefront.js and builds on what it shares (window.HavenStorefront): texts,
 * JSON calls and problem messages. Labels are elements with data-t, so the language toggle
 * switches what this script drew, too.
 */
(function () {
  'use strict';

  var H = window.HavenStorefront;
  if (!H) {
    return;
  }
  var page = H.page;
  var t = H.t;
  var DEVICE_KEY = 'haven.storefront.device';

  // ---- small helpers ----

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text != null) {
      node.textContent = text;
    }
    return node;
  }

  /** An element showing the text of {@code key}, kept in step with the language toggle. */
  function label(tag, className, key) {
    var node = el(tag, className, t(key));
    node.setAttribute('data-t', key);
    return node;
  }

  function one(selector, root) {
    return (root || document).querySelector(selector);
  }

  function yuan(fen) {
    return '¥' + (fen / 100).toFixed(2);
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function when(iso) {
    if (!iso) {
      return '';
    }
    var d = new Date(iso);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  /** "120 积分 + ¥0.90" (labels follow the language) into {@code node}. */
  function drawPrice(node, points, fen) {
    node.textContent = '';
    if (points > 0 || fen === 0) {
      node.appendChild(el('span', 'price__points', String(points)));
      node.appendChild(label('span', 'price__unit', 'mall.points'));
    }
    if (fen > 0) {
      if (points > 0) {
        node.appendChild(el('span', 'price__plus', ' + '));
      }
      node.appendChild(el('span', 'price__cash', yuan(fen)));
    }
  }

  /** A random id of this browser, made once and kept: per-device limits count it. */
  function deviceId() {
    var id = null;
    try {
      id = window.localStorage.getItem(DEVICE_KEY);
    } catch (e) {
      id = null;
    }
    if (!id || !/^[0-9a-f]{32}$/.test(id)) {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      id = Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
      try {
        window.localStorage.setItem(DEVICE_KEY, id);
      } catch (e) {
        // storage blocked: this page's id only
      }
    }
    return id;
  }

  function signIn(next) {
    window.location.assign(page.home + 'sign-in?next=' + next);
  }

  /** Shows a problem in the page's general alert slot. */
  function alertProblem(problem) {
    var slot = one('[data-error-for=""]');
    H.say(slot, problem.code, problem.detail);
  }

  /** Images that fail to load (none uploaded) give way to a neutral placeholder. */
  function placeholderOnError(img) {
    function replace() {
      if (!img.parentNode) {
        return;
      }
      var box = el('div', img.className + ' is-missing');
      box.setAttribute('aria-hidden', 'true');
      img.parentNode.replaceChild(box, img);
    }
    if (img.complete && img.naturalWidth === 0) {
      replace(); // failed before this script ran
      return;
    }
    img.addEventListener('error', replace);
  }

  /** A paged list with "load more": {@code fetchPage(n)} resolves to a call answer. */
  function pagedList(options) {
    var list = one(options.list);
    var more = one('[data-more]');
    var end = one('[data-end]');
    var empty = one('[data-empty]');
    var next = 0;
    var shown = 0;

    function draw(data) {
      data.items.forEach(function (item) {
        list.appendChild(options.item(item));
      });
      shown += data.items.length;
      next = data.page + 1;
      var moreLeft = shown < data.total && data.items.length > 0;
      more.hidden = !moreLeft;
      end.hidden = moreLeft || shown === 0;
      empty.hidden = shown > 0;
    }

    function load() {
      more.disabled = true;
      more.classList.add('is-busy');
      return options.fetchPage(next).then(function (answer) {
        more.disabled = false;
        more.classList.remove('is-busy');
        if (!answer.ok) {
          if (answer.status === 401) {
            signIn(options.signInNext || 'mall');
            return;
          }
          alertProblem(answer.problem);
          return;
        }
        draw(answer.data);
      });
    }

    more.addEventListener('click', load);
    return {
      reset: function () {
        list.textContent = '';
        next = 0;
        shown = 0;
        more.hidden = true;
        end.hidden = true;
        empty.hidden = true;
      },
      draw: draw,
      load: load
    };
  }

  // ---- flash sales ----

  /** Where a flash sale stands now: 'soon', 'on' or 'over'; and milliseconds to the next change. */
  function flashState(item, now) {
    if (item.saleRule !== 'FLASH_SALE') {
      return null;
    }
    var start = Date.parse(item.flashStart);
    var end = Date.parse(item.flashEnd);
    if (now < start) {
      return { state: 'soon', left: start - now };
    }
    if (now < end) {
      return { state: 'on', left: end - now };
    }
    return { state: 'over', left: 0 };
  }

  function clock(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var days = Math.floor(s / 86400);
    var rest = pad(Math.floor((s % 86400) / 3600)) + ':' + pad(Math.floor((s % 3600) / 60)) + ':' + pad(s % 60);
    return (days > 0 ? days + 'd ' : '') + rest;
  }

  // ---- goods cards (mall home) ----

  function goodsCard(item) {
    var li = el('li');
    var a = el('a', 'goods-card');
    a.href = page.home + 'mall/goods/' + item.listingId;
    a.setAttribute('data-listing', String(item.listingId));
    var img = el('img', 'goods-card__img');
    img.alt = '';
    img.loading = 'lazy';
    img.src = page.api + 'mall/goods/' + item.listingId + '/images/cover';
    placeholderOnError(img);
    a.appendChild(img);
    var body = el('div', 'goods-card__body');
    body.appendChild(el('p', 'goods-card__name', item.name));
    if (item.intro) {
      body.appendChild(el('p', 'goods-card__intro', item.intro));
    }
    var price = el('p', 'price');
    drawPrice(price, item.points, item.payableFen);
    body.appendChild(price);
    if (item.strikethroughFen != null) {
      body.appendChild(el('s', 'price__was', yuan(item.strikethroughFen)));
    }
    var badges = el('p', 'goods-card__badges');
    var flash = flashState(item, Date.now());
    if (flash) {
      badges.appendChild(label('span', 'badge badge--flash', flash.state === 'soon' ? 'mall.flash.soon' : flash.state === 'on' ? 'mall.flash.on' : 'mall.flash.over'));
    }
    if (item.soldOut) {
      badges.appendChild(label('span', 'badge badge--out', 'mall.soldOut'));
      a.classList.add('is-out');
    }
    if (badges.childNodes.length) {
      body.appendChild(badges);
    }
    a.appendChild(body);
    li.appendChild(a);
    return li;
  }

  // ---- pages ----

  var pages = {
    mall: function () {
      var tabs = one('[data-tabs]');
      var balance = one('[data-balance]');
      if (balance && page.balance != null) {
        balance.textContent = String(page.balance);
      }
      var groups = page.groups || [];
      var current = groups.length ? groups[0].id : null;
      var list = pagedList({
        list: '[data-goods]',
        item: goodsCard,
        fetchPage: function (n) {
          return H.call('GET', 'mall/groups/' + current + '/goods?page=' + n);
        }
      });

      groups.forEach(function (group, index) {
        var tab = group.isDefault ? label('button', 'tab', 'mall.group.default') : el('button', 'tab', group.name);
        tab.type = 'button';
        tab.setAttribute('role', 'tab');
        tab.setAttribute('data-group', String(group.id));
        tab.setAttribute('aria-selected', index === 0 ? 'true' : 'false');
        tab.addEventListener('click', function () {
          if (current === group.id) {
            return;
          }
          current = group.id;
          Array.prototype.forEach.call(tabs.children, function (other) {
            other.setAttribute('aria-selected', other === tab ? 'true' : 'false');
          });
          list.reset();
          list.load();
        });
        tabs.appendChild(tab);
      });
      tabs.hidden = groups.length < 2;

      if (page.firstPage) {
        list.draw(page.firstPage);
      } else {
        list.draw({ page: 0, total: 0, items: [] });
      }
    },

    'mall-goods': function () {
      var goods = page.goods;
      var form = one('[data-form="redeem"]');
      var quantity = form.elements.quantity;
      var redeem = one('[data-redeem]');
      var confirm = one('[data-confirm]');
      var flashBox = one('[data-flash]');
      var maxQuantity = goods.category === 'CDK' ? 10 : 99;
      quantity.max = String(maxQuantity);

      Array.prototype.forEach.call(document.querySelectorAll('[data-image]'), placeholderOnError);
      drawPrice(one('[data-price]'), goods.points, goods.payableFen);
      if (goods.strikethroughFen != null) {
        one('[data-was]').hidden = false;
        one('[data-was-amount]').textContent = yuan(goods.strikethroughFen);
      }
      if (goods.deliveryDays != null) {
        one('[data-delivery]').hidden = false;
        one('[data-delivery-days]').textContent = String(goods.deliveryDays);
      }
      one('[data-valid-until]').textContent = when(goods.effectiveTo);
      if (goods.saleRule === 'FLASH_SALE') {
        one('[data-flash-window-row]').hidden = false;
        one('[data-flash-window]').textContent = when(goods.flashStart) + ' – ' + when(goods.flashEnd);
      }
      if (page.balance != null) {
        one('[data-balance]').textContent = String(page.balance);
      }
      if (!one('[data-instructions]').textContent.trim()) {
        one('[data-instructions]').hidden = true;
        one('[data-instructions-title]').hidden = true;
      }

      /** Why the button cannot be used now (sold out, flash sale not open), or null. */
      function blocked() {
        if (goods.soldOut) {
          return 'mall.soldOut';
        }
        var flash = flashState(goods, Date.now());
        if (flash && flash.state === 'soon') {
          return 'mall.flash.notStarted';
        }
        if (flash && flash.state === 'over') {
          return 'mall.flash.over';
        }
        return null;
      }

      function tick() {
        var flash = flashState(goods, Date.now());
        if (flash) {
          flashBox.hidden = false;
          var state = one('[data-flash-state]');
          var key = flash.state === 'soon' ? 'mall.flash.startsIn' : flash.state === 'on' ? 'mall.flash.endsIn' : 'mall.flash.over';
          state.setAttribute('data-t', key);
          state.textContent = t(key);
          one('[data-flash-clock]').textContent = flash.state === 'over' ? '' : clock(flash.left);
        }
        var reason = blocked();
        var key2 = reason || 'mall.redeem';
        redeem.setAttribute('data-t', key2);
        redeem.textContent = t(key2);
        redeem.classList.toggle('is-blocked', reason != null);
      }
      tick();
      if (goods.saleRule === 'FLASH_SALE') {
        window.setInterval(tick, 1000);
      }

      function wanted() {
        var n = parseInt(quantity.value, 10);
        return isNaN(n) ? 1 : Math.min(maxQuantity, Math.max(1, n));
      }

      Array.prototype.forEach.call(document.querySelectorAll('[data-step]'), function (button) {
        button.addEventListener('click', function () {
          quantity.value = String(Math.min(maxQuantity, Math.max(1, wanted() + parseInt(button.getAttribute('data-step'), 10))));
        });
      });

      var pending = null;

      function closeConfirm(done) {
        confirm.hidden = true;
        if (pending) {
          pending(done);
          pending = null;
        }
      }

      one('[data-confirm-cancel]').addEventListener('click', function () {
        closeConfirm(false);
      });

      one('[data-confirm-ok]').addEventListener('click', function () {
        var ok = one('[data-confirm-ok]');
        ok.disabled = true;
        var body = { quantity: wanted(), deviceId: deviceId() };
        H.call('POST', 'mall/listings/' + goods.listingId + '/redemptions', body).then(function (answer) {
          ok.disabled = false;
          if (answer.ok) {
            var r = answer.data;
            window.location.assign(r.payUrl ? r.payUrl : page.home + 'mall/redemptions/' + r.id);
            closeConfirm(true);
            return;
          }
          if (answer.status === 401) {
            signIn('mall/goods/' + goods.listingId);
            closeConfirm(true);
            return;
          }
          closeConfirm(false);
          H.showProblem(form, answer.problem);
        });
      });

      H.onSubmit(form, function () {
        quantity.value = String(wanted());
        return new Promise(function (resolve) {
          var reason = blocked();
          if (reason) {
            H.say(one('[data-error-for=""]', form), reason);
            resolve(false);
            return;
          }
          var n = wanted();
          one('[data-confirm-quantity]').textContent = String(n);
          drawPrice(one('[data-confirm-total]'), goods.points * n, goods.payableFen * n);
          one('[data-confirm-cash]').hidden = goods.payableFen === 0;
          pending = resolve;
          confirm.hidden = false;
          one('[data-confirm-ok]').focus();
        });
      });
    },

    'mall-redemption': function () {
      var r = page.redemption;
      var form = one('[data-form="address"]');
      var STATUS = 'mall.status.';

      function show(name) {
        one('[data-award="' + name + '"]').hidden = false;
      }

      function draw() {
        var status = one('[data-status]');
        status.setAttribute('data-t', STATUS + r.status);
        status.textContent = t(STATUS + r.status);
        one('[data-quantity]').textContent = String(r.quantity);
        drawPrice(one('[data-cost]'), r.points, r.cashFen);
        one('[data-order-number]').textContent = r.orderNumber;
        one('[data-created]').textContent = when(r.createdAt);
        document.body.setAttribute('data-redemption-status', r.status);
        Array.prototype.forEach.call(document.querySelectorAll('[data-award]'), function (section) {
          section.hidden = true;
        });
        form.hidden = true;
        if (r.status === 'PENDING_PAYMENT') {
          show('PAY');
          one('[data-pay]').href = r.payUrl;
          one('[data-pay-deadline]').textContent = when(r.payDeadline);
          return;
        }
        if (r.status === 'CANCELLED') {
          show('CANCELLED');
          return;
        }
        switch (r.category) {
          case 'CDK': {
            show('CDK');
            var codes = one('[data-codes]');
            codes.textContent = '';
            r.codes.forEach(function (code) {
              var li = el('li', 'code');
              var value = el('input', 'code__value');
              value.readOnly = true;
              value.value = code;
              value.setAttribute('data-code-value', '');
              var copy = label('button', 'btn btn--small btn--outline code__copy', 'mall.award.copy');
              copy.type = 'button';
              copy.addEventListener('click', function () {
                copyText(value);
              });
              li.appendChild(value);
              li.appendChild(copy);
              codes.appendChild(li);
            });
            var link = one('[data-award="CDK"] [data-link]');
            link.hidden = !r.link;
            if (r.link) {
              link.href = r.link;
            }
            break;
          }
          case 'COUPON':
          case 'DIRECT_CHARGE':
            show('COUPON');
            one('[data-award="COUPON"] [data-link]').href = r.link || '#';
            one('[data-award="COUPON"] [data-link]').hidden = !r.link;
            break;
          case 'POINTS':
            show('POINTS');
            one('[data-award-points]').textContent = String(r.awardPoints);
            one('[data-award-target]').textContent = r.awardTargetAppId === page.appId ? t('mall.award.thisMall') : r.awardTargetAppId;
            break;
          case 'CASH_RED_PACKET':
            show('CASH_RED_PACKET');
            if (r.redPacket) {
              one('[data-packet-amount]').textContent = yuan(r.redPacket.amountFen);
              one('[data-packet-merchant]').textContent = r.redPacket.merchantName || '';
              one('[data-packet-activity]').textContent = r.redPacket.activityName || '';
              one('[data-packet-blessing]').textContent = r.redPacket.blessing || '';
            }
            break;
          case 'PHYSICAL':
            if (r.status === 'AWAITING_ADDRESS') {
              form.hidden = false;
            } else {
              show('SHIPPING');
              one('[data-ship-recipient]').textContent = r.recipient || '';
              one('[data-ship-phone]').textContent = r.recipientPhone || '';
              one('[data-ship-address]').textContent = r.address || '';
              one('[data-ship-courier-row]').hidden = !r.courier;
              one('[data-ship-courier]').textContent = r.courier || '';
              one('[data-ship-tracking-row]').hidden = !r.trackingNumber;
              one('[data-ship-tracking]').textContent = r.trackingNumber || '';
              one('[data-edit-address]').hidden = r.status !== 'AWAITING_SHIPMENT';
            }
            break;
          default:
            break;
        }
      }

      one('[data-edit-address]').addEventListener('click', function () {
        form.elements.recipient.value = r.recipient || '';
        form.elements.phone.value = r.recipientPhone || '';
        form.elements.region.value = '';
        form.elements.detail.value = '';
        form.hidden = false;
        form.elements.region.focus();
      });

      H.onSubmit(form, function (fields) {
        var body = {
          recipient: fields.recipient.value,
          phone: fields.phone.value,
          region: fields.region.value,
          detail: fields.detail.value
        };
        return H.call('PUT', 'mall/redemptions/' + r.id + '/address', body).then(function (answer) {
          if (!answer.ok) {
            if (answer.status === 401) {
              signIn('mall/redemptions/' + r.id);
              return true;
            }
            H.showProblem(form, answer.problem);
            return false;
          }
          r = answer.data;
          draw();
          H.toast('mall.address.saved');
          return false;
        });
      });

      draw();
    },

    'mall-redemptions': function () {
      var STATUS = 'mall.status.';
      var list = pagedList({
        list: '[data-rows]',
        signInNext: 'mall/redemptions',
        fetchPage: function (n) {
          return H.call('GET', 'mall/redemptions?page=' + n);
        },
        item: function (r) {
          var li = el('li', 'row');
          var a = el('a', 'row__main');
          a.href = page.home + 'mall/redemptions/' + r.id;
          // what the member chose: the listing's cover and display name, as in the mall
          var thumb = el('img', 'row__thumb');
          thumb.alt = '';
          thumb.loading = 'lazy';
          thumb.width = 56;
          thumb.height = 56;
          thumb.src = page.api + 'mall/goods/' + r.listingId + '/images/cover';
          placeholderOnError(thumb);
          a.appendChild(thumb);
          var head = el('p', 'row__head');
          head.appendChild(el('span', 'row__title', r.listingName + ' × ' + r.quantity));
          head.appendChild(label('span', 'chip chip--' + r.status.toLowerCase(), STATUS + r.status));
          a.appendChild(head);
          var cost = el('p', 'price price--sm');
          drawPrice(cost, r.points, r.cashFen);
          a.appendChild(cost);
          a.appendChild(el('p', 'row__meta', r.orderNumber + ' · ' + when(r.createdAt)));
          li.appendChild(a);
          if (r.codes && r.codes.length) {
            var codes = el('p', 'row__codes');
            codes.appendChild(label('span', 'row__label', 'mall.award.cdk'));
            r.codes.forEach(function (code) {
              codes.appendChild(el('code', 'row__code', code));
            });
            li.appendChild(codes);
          }
          if (r.courier || r.trackingNumber) {
            var ship = el('p', 'row__ship');
            ship.appendChild(label('span', 'row__label', 'mall.shipping.title'));
            ship.appendChild(el('span', null, (r.courier || '') + ' ' + (r.trackingNumber || '')));
            li.appendChild(ship);
          }
          if (r.status === 'PENDING_PAYMENT' && r.payUrl) {
            var pay = label('a', 'btn btn--small btn--primary row__pay', 'mall.pay.go');
            pay.href = r.payUrl;
            li.appendChild(pay);
          }
          return li;
        }
      });
      list.load();
    },

    'mall-points': function () {
      one('[data-balance]').textContent = String(page.balance);
      var list = pagedList({
        list: '[data-rows]',
        signInNext: 'mall/points',
        fetchPage: function (n) {
          return H.call('GET', 'mall/points?page=' + n).then(function (answer) {
            if (answer.ok) {
              one('[data-balance]').textContent = String(answer.data.balance);
            }
            return answer;
          });
        },
        item: function (e) {
          var li = el('li', 'row row--ledger');
          var main = el('div', 'row__main');
          main.appendChild(label('p', 'row__title', 'mall.source.' + e.source));
          main.appendChild(el('p', 'row__meta', when(e.at) + (e.reason ? ' · ' + e.reason : '')));
          li.appendChild(main);
          var amount = el('p', 'row__amount ' + (e.amount > 0 ? 'is-plus' : 'is-minus'), (e.amount > 0 ? '+' : '') + e.amount);
          li.appendChild(amount);
          return li;
        }
      });
      list.load();
    },

    pay: function () {
      var payment = page.payment;
      var actions = one('[data-actions]');

      function draw() {
        one('[data-amount]').textContent = yuan(payment.amountFen);
        one('[data-order-number]').textContent = payment.orderNumber;
        var status = one('[data-pay-status]');
        status.setAttribute('data-t', 'pay.status.' + payment.status);
        status.textContent = t('pay.status.' + payment.status);
        document.body.setAttribute('data-payment-status', payment.status);
        actions.hidden = payment.status !== 'PENDING';
      }

      function settle(action) {
        Array.prototype.forEach.call(actions.querySelectorAll('button'), function (b) { b.disabled = true; });
        H.call('POST', 'mall/payments/' + encodeURIComponent(payment.reference) + '/' + action, {}).then(function (answer) {
          Array.prototype.forEach.call(actions.querySelectorAll('button'), function (b) { b.disabled = false; });
          if (answer.ok) {
            payment = answer.data;
            draw();
            return;
          }
          alertProblem(answer.problem);
          H.call('GET', 'mall/payments/' + encodeURIComponent(payment.reference)).then(function (again) {
            if (again.ok) {
              payment = again.data;
              draw();
            }
          });
        });
      }

      one('[data-confirm-pay]').addEventListener('click', function () { settle('confirm'); });
      // cancelling gives the goods up: the first tap asks, the second cancels
      var cancel = one('[data-cancel-pay]');
      cancel.addEventListener('click', function () {
        if (cancel.getAttribute('data-armed') !== 'true') {
          cancel.setAttribute('data-armed', 'true');
          cancel.setAttribute('data-t', 'pay.cancelConfirm');
          cancel.textContent = t('pay.cancelConfirm');
          return;
        }
        settle('cancel');
      });
      draw();
    }
  };

  /** Copies a CDK code: the clipboard API where allowed, else the selection. */
  function copyText(input) {
    function done() {
      H.toast('mall.award.copied');
    }
    input.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () {
        document.execCommand('copy');
        done();
      });
    } else {
      document.execCommand('copy');
      done();
    }
  }

  if (pages[page.name]) {
    pages[page.name]();
  }
})();
