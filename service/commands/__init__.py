"""The back-ends of the ``newsflow`` commands other than ``worker`` (``service/cli.py`` is the
face): offline ``process``, ``produce``, ``tail``, ``topics``, ``dlq replay``, their shared
input reading (``inputs``) and plain aiokafka clients (``clients``)."""
