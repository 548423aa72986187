using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>
/// Collects every type a token or a signature names, generic arguments and array elements included, for
/// <see cref="CompiledAssembly"/>: decoding a signature calls back here for each type in it.
/// </summary>
internal sealed class TypeCollector(CompiledAssembly assembly) : ISignatureTypeProvider<SignatureType, object?>, ICustomAttributeTypeProvider<SignatureType>
{
    private List<TypeKey> _found = [];

    private MetadataReader Reader => assembly.Reader;

    /// <summary>The types named while <paramref name="decode"/> runs.</summary>
    public List<TypeKey> Collect<T>(Func<TypeCollector, T> decode)
    {
        var outer = _found;
        _found = [];
        try
        {
            decode(this);
            return _found;
        }
        finally
        {
            outer.AddRange(_found);
            _found = outer;
        }
    }

    /// <summary>The types a token names: a type (and its generic arguments), a member (its type and its signature's types), a signature.</summary>
    public List<TypeKey> TypesOf(EntityHandle handle) => Collect(c => c.Visit(handle));

    private bool Visit(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                _found.Add(assembly.KeyOf((TypeDefinitionHandle)handle));
                break;
            case HandleKind.TypeReference:
                _found.Add(assembly.KeyOf((TypeReferenceHandle)handle));
                break;
            case HandleKind.TypeSpecification:
                Reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                break;
            case HandleKind.MethodDefinition:
                var method = Reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                _found.Add(assembly.KeyOf(method.GetDeclaringType()));
                method.DecodeSignature(this, null);
                break;
            case HandleKind.FieldDefinition:
                var field = Reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                _found.Add(assembly.KeyOf(field.GetDeclaringType()));
                field.DecodeSignature(this, null);
                break;
            case HandleKind.MemberReference:
                var member = Reader.GetMemberReference((MemberReferenceHandle)handle);
                if (member.Parent.Kind is not HandleKind.ModuleReference)
                {
                    Visit(member.Parent);
                }

                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(this, null);
                }
                else
                {
                    member.DecodeFieldSignature(this, null);
                }

                break;
            case HandleKind.MethodSpecification:
                var specification = Reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                Visit(specification.Method);
                specification.DecodeSignature(this, null);
                break;
            case HandleKind.StandaloneSignature:
                var signature = Reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                if (signature.GetKind() == StandaloneSignatureKind.Method)
                {
                    signature.DecodeMethodSignature(this, null);
                }
                else
                {
                    signature.DecodeLocalSignature(this, null);
                }

                break;
        }

        return true;
    }

    public SignatureType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        _found.Add(assembly.KeyOf(handle));
        return new SignatureType(handle);
    }

    public SignatureType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        _found.Add(assembly.KeyOf(handle));
        return new SignatureType(handle);
    }

    public SignatureType GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public SignatureType GetTypeFromSerializedName(string name)
    {
        _found.Add(assembly.KeyOfSerializedName(name));
        return default;
    }

    public PrimitiveTypeCode GetUnderlyingEnumType(SignatureType type) => type.Handle is { } handle ? assembly.UnderlyingEnumType(handle) : PrimitiveTypeCode.Int32;

    public bool IsSystemType(SignatureType type) => type.Handle is { } handle && assembly.IsSystemType(handle);

    public SignatureType GetSystemType() => default;

    public SignatureType GetPrimitiveType(PrimitiveTypeCode typeCode) => default;

    public SignatureType GetArrayType(SignatureType elementType, ArrayShape shape) => default;

    public SignatureType GetSZArrayType(SignatureType elementType) => default;

    public SignatureType GetByReferenceType(SignatureType elementType) => default;

    public SignatureType GetPointerType(SignatureType elementType) => default;

    public SignatureType GetPinnedType(SignatureType elementType) => default;

    public SignatureType GetFunctionPointerType(MethodSignature<SignatureType> signature) => default;

    // The generic type keeps its identity, so that an enum argument of a generic attribute still decodes.
    public SignatureType GetGenericInstantiation(SignatureType genericType, ImmutableArray<SignatureType> typeArguments) => genericType;

    public SignatureType GetGenericMethodParameter(object? genericContext, int index) => default;

    public SignatureType GetGenericTypeParameter(object? genericContext, int index) => default;

    public SignatureType GetModifiedType(SignatureType modifier, SignatureType unmodifiedType, bool isRequired) => unmodifiedType;
}

/// <summary>A type in a signature, as far as decoding an attribute needs it: the token that names it, if any.</summary>
internal readonly record struct SignatureType(EntityHandle? Handle);
