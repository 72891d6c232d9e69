"""The exercise library: built-in exercises shared by every studio, plus each studio's own and its copies."""
