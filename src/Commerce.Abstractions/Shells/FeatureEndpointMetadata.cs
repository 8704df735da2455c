namespace Commerce.Shells;

/// <summary>Endpoint metadata naming the feature whose startup mapped the endpoint. Added by the shell.</summary>
public sealed record FeatureEndpointMetadata(string FeatureId);
