#pragma once

#include <QTest>
#include <QWidget>

#include <functional>

// Presses Alt+key, a mnemonic. macOS has no mnemonics (Qt turns them off there), so on macOS the test does
// what the mnemonic does instead.
inline void pressMnemonic(QWidget *target, Qt::Key key, const std::function<void()> &onMac)
{
#ifdef Q_OS_MACOS
    Q_UNUSED(target)
    Q_UNUSED(key)
    onMac();
#else
    Q_UNUSED(onMac)
    QTest::keyClick(target, key, Qt::AltModifier);
#endif
}
