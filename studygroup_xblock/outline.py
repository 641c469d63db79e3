"""Where a block sits in its course: its unit's title and place in the outline, as far as the runtime tells."""


def unit_of(block):
    """The title of ``block``'s unit (its parent's name, else its own) and its place in the course outline."""
    parent = block.get_parent()
    title = getattr(parent, "display_name", None) or block.display_name
    return title, _position(block, parent)


def _position(block, parent):
    """Indices down the course outline ("0002.0001.0004.0000"), or "" where the runtime has no outline."""
    indices = []
    while parent is not None:
        children = list(getattr(parent, "children", None) or [])
        if block.scope_ids.usage_id not in children:
            return ""
        indices.append(children.index(block.scope_ids.usage_id))
        block, parent = parent, parent.get_parent()
    return ".".join(f"{index:04d}" for index in reversed(indices))
