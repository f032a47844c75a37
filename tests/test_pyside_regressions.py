"""Known PySide6 defects that would crash the reader; these guard the version pin."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QTextDocument


class _NoneModel(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        return None


class _NoneDocument(QTextDocument):
    def loadResource(self, type_, name):  # type: ignore[no-untyped-def]
        return None


def test_returning_none_as_qvariant_does_not_drain_none(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 lost a reference to None on every such return; the reader died with
    'Fatal Python error: none_dealloc' after a few thousand list paints or resource look-ups."""
    model = _NoneModel()
    document = _NoneDocument()
    before = sys.getrefcount(None)
    for i in range(3000):
        model.index(0).data(Qt.ItemDataRole.DecorationRole)
        document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"x{i}"))
    assert sys.getrefcount(None) - before > -100, "None is being drained: do not use this PySide6"
