from .circ_a import A
